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

/** Pairs of places are numbered a × PAIR_BASE + b: exact for up to PAIR_BASE places, far more than a map holds. */
const PAIR_BASE = 2 ** 26

/**
 * Counts each link once: in the flow between the places of its two ends, or within its place when both ends are
 * in one. A link with an end in no place (an institution without a position) is left out, as the map leaves it.
 * Places are numbered as they are met, so that a pair is counted under a number rather than a new string.
 */
export function aggregateFlows(links: readonly MapLink[], placeOf: ReadonlyMap<string, string>): Aggregation {
  const numbers = new Map<string, number>()
  const keys: string[] = []
  const numberOf = (institution: string): number | undefined => {
    const key = placeOf.get(institution)
    if (key === undefined) return undefined
    let number = numbers.get(key)
    if (number === undefined) {
      number = keys.push(key) - 1
      numbers.set(key, number)
    }
    return number
  }
  const tallies = new Map<number, { a: number; b: number; count: number; by: Map<string, number> }>()
  const withinCounts = new Map<number, number>()
  for (const link of links) {
    const x = numberOf(link.from)
    const y = numberOf(link.to)
    if (x === undefined || y === undefined) continue
    if (x === y) {
      withinCounts.set(x, (withinCounts.get(x) ?? 0) + 1)
      continue
    }
    // The lesser key first, so that a flow has no direction.
    const [a, b] = (keys[x] ?? '') < (keys[y] ?? '') ? [x, y] : [y, x]
    const pair = a * PAIR_BASE + b
    let tally = tallies.get(pair)
    if (!tally) {
      tally = { a, b, count: 0, by: new Map() }
      tallies.set(pair, tally)
    }
    tally.count++
    const initiative = link.initiatives[0] ?? ''
    tally.by.set(initiative, (tally.by.get(initiative) ?? 0) + 1)
  }
  const flows = [...tallies.values()].map(({ a, b, count, by }) => {
    const from = keys[a] ?? ''
    const to = keys[b] ?? ''
    return { id: `${from}|${to}`, from, to, count, initiatives: [...by].sort((x, y) => y[1] - x[1]) }
  })
  const within = new Map([...withinCounts].map(([number, count]) => [keys[number] ?? '', count]))
  return { flows, within }
}
