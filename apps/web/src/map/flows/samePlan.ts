import type { MapLink } from '../mapLinks'
import type { DrawPlan } from './drawPlan'

/**
 * Whether two plans draw the same: then a move of the map that changes nothing drawn (a pan at world zoom) hands
 * the sources nothing new to cut into tiles.
 */
export function samePlan(a: DrawPlan, b: DrawPlan): boolean {
  if (a.kind === 'all' || b.kind === 'all') return a.kind === b.kind
  if (a.kind === 'inView' && b.kind === 'inView') return sameArcs(a.arcs, b.arcs)
  if (a.kind === 'flows' && b.kind === 'flows') {
    const before = a.drawn
    const after = b.drawn
    return (
      sameArcs(a.arcs, b.arcs) &&
      a.band.kind === b.band.kind &&
      (a.band.kind === 'country' || (b.band.kind === 'grid' && a.band.degrees === b.band.degrees)) &&
      before.length === after.length &&
      before.every((flow, i) => {
        const other = after[i]
        return (
          other !== undefined &&
          flow.id === other.id &&
          flow.count === other.count &&
          flow.initiatives.slice(0, 2).join() === other.initiatives.slice(0, 2).join()
        )
      })
    )
  }
  return false
}

function sameArcs(a: readonly MapLink[], b: readonly MapLink[]): boolean {
  return a.length === b.length && a.every((arc, i) => arc === b[i])
}
