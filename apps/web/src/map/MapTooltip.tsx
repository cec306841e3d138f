import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useRef, useState } from 'react'
import { targetAt } from './pointer'
import { type TooltipLookup, type TooltipText, tooltipText } from './tooltip'

interface Hover {
  text: TooltipText
  x: number
  y: number
}

/** Names what is under the pointer, and shows with the cursor what can be clicked. */
export function MapTooltip({ map, lookup }: { map: MapLibreMap; lookup: TooltipLookup }) {
  const [hover, setHover] = useState<Hover | null>(null)
  const lookupRef = useRef(lookup)
  lookupRef.current = lookup

  useEffect(() => {
    const canvas = map.getCanvas()
    let frame = 0
    const show = (event: MapMouseEvent) => {
      cancelAnimationFrame(frame)
      // One lookup a frame however fast the pointer moves.
      frame = requestAnimationFrame(() => {
        const target = map.isMoving() ? null : targetAt(map, event.point)
        canvas.style.cursor = target && target.type !== 'country' ? 'pointer' : ''
        const text = target && tooltipText(target, lookupRef.current)
        setHover(text ? { text, x: event.point.x, y: event.point.y } : null)
      })
    }
    const hide = () => {
      cancelAnimationFrame(frame)
      canvas.style.cursor = ''
      setHover(null)
    }
    map.on('mousemove', show)
    map.on('mouseout', hide)
    map.on('movestart', hide)
    return () => {
      cancelAnimationFrame(frame)
      map.off('mousemove', show)
      map.off('mouseout', hide)
      map.off('movestart', hide)
    }
  }, [map])

  if (!hover) return null
  return (
    <div className="atlas-map__tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }}>
      <strong>{hover.text.title}</strong>
      {hover.text.details.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  )
}
