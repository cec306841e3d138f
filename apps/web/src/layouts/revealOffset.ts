import type { Insets } from '../map/useView'
import type { Size } from '../present/frame'

/** A point on the map in CSS pixels from its top left corner, as MapLibre's `project` gives it. */
export interface Point {
  x: number
  y: number
}

/**
 * How far to pan the map (MapLibre's `panBy`: the camera moves by it, so what it shows moves the other way) for
 * `point` to lie in the part of a map of `size` that nothing covers, at least `margin` from that part's edges; null
 * when it already does. The pan is the least that does, so that the rest of the map stays where the person left
 * it; where the free part is too small for its margins, the point goes to its middle.
 */
export function revealOffset(point: Point, size: Size, covered: Insets, margin: number): Point | null {
  const x = axisOffset(point.x, covered.left, size.width - covered.right, margin)
  const y = axisOffset(point.y, covered.top, size.height - covered.bottom, margin)
  return x === 0 && y === 0 ? null : { x, y }
}

function axisOffset(at: number, from: number, to: number, margin: number): number {
  if (to - from < 2 * margin) return at - (from + to) / 2
  if (at < from + margin) return at - (from + margin)
  if (at > to - margin) return at - (to - margin)
  return 0
}
