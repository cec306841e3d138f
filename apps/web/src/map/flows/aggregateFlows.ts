import type { MapLink } from '../mapLinks'

/** The links between two places, counted, with how many of them each initiative colours. */
export interface Flow {
  /** The two places' keys joined, the lesser first: a flow has no direction. */
  id: string
  from: string
  to: string
  count: number
  /** Links by the initiative they are drawn in (their most specific, '' for none), most first. */
  initiatives: [initiative: string, count: number][]
}

/** Links as flows between places, and the links within one place, which no flow draws. */
export interface Aggregation {
  flows: Flow[]
  /** Links whose two ends are in one place, by place. */
  within: Map<string, number>
}

/**
 * Counts each link once: in the flow between the places of its two ends, or within its place when both ends are
 * in one. A link with an end in no place (an institution without a position) is left out, as the map leaves it.
 */
export function aggregateFlows(links: readonly MapLink[], placeOf: ReadonlyMap<string, string>): Aggregation {
  const tallies = new Map<string, { from: string; to: string; count: number; by: Map<string, number> }>()
  const within = new Map<string, number>()
  for (const link of links) {
    const a = placeOf.get(link.from)
    const b = placeOf.get(link.to)
    if (a === undefined || b === undefined) continue
    if (a === b) {
      within.set(a, (within.get(a) ?? 0) + 1)
      continue
    }
    const [from, to] = a < b ? [a, b] : [b, a]
    const id = `${from}|${to}`
    let tally = tallies.get(id)
    if (!tally) {
      tally = { from, to, count: 0, by: new Map() }
      tallies.set(id, tally)
    }
    tally.count++
    const initiative = link.initiatives[0] ?? ''
    tally.by.set(initiative, (tally.by.get(initiative) ?? 0) + 1)
  }
  const flows = [...tallies].map(([id, { from, to, count, by }]) => ({
    id,
    from,
    to,
    count,
    initiatives: [...by].sort((x, y) => y[1] - x[1]),
  }))
  return { flows, within }
}
