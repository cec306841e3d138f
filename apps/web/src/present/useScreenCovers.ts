import { useEffect, useEffectEvent, useRef } from 'react'
import type { Box, Size } from './frame'

/** The screen a presentation shows on, and what covers the map there. */
interface ScreenCovers {
  screen: Size
  covers: Box[]
}

/**
 * MapLibre's own controls (zoom, compass, attribution) sit over the map's corners: what a stop frames must stay clear
 * of them as it does of the caption.
 */
const MAP_CONTROLS = '.maplibregl-ctrl'

/**
 * Measures the presentation (`region`, over the whole map), its caption and its controls, and calls `onChange` when
 * any of them changes size (a new caption, a resized window, a phone turned round), so that each stop is framed on
 * the screen it is shown on. `measure` reads them afresh at any time.
 */
export function useScreenCovers(onChange: () => void) {
  const region = useRef<HTMLElement>(null)
  const caption = useRef<HTMLDivElement>(null)
  const controls = useRef<HTMLDivElement>(null)

  const measure = (): ScreenCovers => {
    const { width = 0, height = 0 } = region.current?.getBoundingClientRect() ?? {}
    const mapControls = [...document.querySelectorAll(MAP_CONTROLS)]
    const covered = [caption.current, controls.current, ...mapControls].filter((element) => element !== null)
    return { screen: { width, height }, covers: covered.map((element) => element.getBoundingClientRect()) }
  }

  const changed = useEffectEvent(onChange)
  useEffect(() => {
    const observer = new ResizeObserver(() => changed())
    for (const element of [region.current, caption.current, controls.current]) {
      if (element) observer.observe(element)
    }
    return () => observer.disconnect()
  }, [])

  return { region, caption, controls, measure }
}
