import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useEffectEvent, useState } from 'react'
import { t } from '../../i18n/translate'
import type { Selection } from '../../state/atlasView'
import { frameFlow } from '../frameFlow'
import { selectionOf } from '../pick'
import { type TooltipLookup, tooltipText } from '../tooltip'
import { zoomIntoCluster } from '../zoomIntoCluster'
import { type FocusTarget, focusTargets } from './focusTargets'
import { type Direction, nearestTo, stepTo } from './stepTo'

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}

/** What Enter does on each kind of feature, said when it is reached. */
const ENTER_HINTS = {
  institution: 'map.focus.openHint',
  link: 'map.focus.openHint',
  cluster: 'map.focus.zoomHint',
  flow: 'map.focus.flowHint',
} as const satisfies Record<FocusTarget['target']['type'], string>

export interface MapKeyboard {
  /** The focused feature and where it is drawn now, or null while the arrow keys pan. */
  focused: { target: FocusTarget; x: number; y: number } | null
  /** What a screen reader says of the last step. */
  announcement: string
}

/**
 * The map by keyboard alone. Its canvas takes focus like any control; there the arrow keys pan and plus and minus
 * zoom (MapLibre's own keys) until Enter steps onto what is drawn in view (institutions, clusters, links' arcs and
 * flows; see focusTargets): from the one nearest the centre, the arrow keys then move to the nearest one in their
 * direction, and Enter does what a click does: opens an institution's or a link's details, zooms into a cluster
 * (focus then stays on the nearest of its members) or frames a flow's two ends. Escape goes back to panning.
 */
export function useMapKeyboard(
  map: MapLibreMap | null,
  lookup: TooltipLookup,
  onSelect: (selection: Selection) => void,
): MapKeyboard {
  const [focused, setFocused] = useState<MapKeyboard['focused']>(null)
  const [announcement, setAnnouncement] = useState('')
  const describe = useEffectEvent((target: FocusTarget): string => {
    const text = tooltipText(target.target, lookup)
    const pointerHints = new Set([t('map.tooltip.clusterHint'), t('map.tooltip.flowHint')])
    return [
      text?.title,
      ...(text?.details.filter((line) => !pointerHints.has(line)) ?? []),
      t(ENTER_HINTS[target.target.type]),
    ]
      .filter(Boolean)
      .join('. ')
  })
  const select = useEffectEvent((selection: Selection) => onSelect(selection))

  useEffect(() => {
    if (!map) return
    const canvas = map.getCanvas()
    let current: FocusTarget | null = null
    const place = (target: FocusTarget | null) => {
      current = target
      if (!target) return setFocused(null)
      const { x, y } = map.project(target.lngLat)
      setFocused({ target, x, y })
    }
    const focusOn = (target: FocusTarget | null) => {
      place(target)
      setAnnouncement(target ? describe(target) : t('map.focus.none'))
      // MapLibre's arrow keys pan the map: off while they move between institutions.
      if (target) map.keyboard.disable()
    }
    const leave = (announce: boolean) => {
      if (!current) return
      place(null)
      map.keyboard.enable()
      if (announce) setAnnouncement(t('map.focus.left'))
    }
    const startNearCentre = () => {
      const { width, height } = map.getContainer().getBoundingClientRect()
      focusOn(nearestTo(focusTargets(map), width / 2, height / 2))
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const direction = DIRECTIONS[event.key]
      if (event.key === 'Enter') {
        event.preventDefault()
        if (!current) return startNearCentre()
        const focusedNow = current
        const { target } = focusedNow
        if (target.type === 'cluster' || target.type === 'flow') {
          if (target.type === 'cluster') zoomIntoCluster(map, target)
          else frameFlow(map, target)
          // Once what it held is drawn apart: the feature nearest where it was.
          map.once('idle', () => {
            const { x, y } = pointOf(map, focusedNow)
            focusOn(nearestTo(focusTargets(map), x, y))
          })
        } else select(selectionOf(target))
      } else if (event.key === 'Escape' && current) {
        event.preventDefault()
        event.stopPropagation()
        leave(true)
      } else if (direction && current) {
        event.preventDefault()
        const targets = focusTargets(map)
        const from = targets.find((target) => target.key === current?.key) ?? current
        const next = stepTo(targets, { ...from, ...pointOf(map, from) }, direction)
        if (next) focusOn(next)
        else setAnnouncement(t('map.focus.edge'))
      }
    }
    const follow = () => {
      if (current) place(current)
    }
    const blur = () => leave(false)
    canvas.addEventListener('keydown', onKey)
    canvas.addEventListener('blur', blur)
    map.on('move', follow)
    return () => {
      canvas.removeEventListener('keydown', onKey)
      canvas.removeEventListener('blur', blur)
      map.off('move', follow)
    }
  }, [map])

  return { focused, announcement }
}

function pointOf(map: MapLibreMap, target: FocusTarget): { x: number; y: number } {
  const { x, y } = map.project(target.lngLat)
  return { x, y }
}
