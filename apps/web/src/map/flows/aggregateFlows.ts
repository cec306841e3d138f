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
 * Places are numbered in the order of their keys, so that the lesser number is the lesser key and a pair is counted
 * under a small integer (a × places + b) rather than a new string: this runs on every change of filter.
 */
export function aggregateFlows(links: readonly MapLink[], placeOf: ReadonlyMap<string, string>): Aggregation {
  const keys = [...new Set(placeOf.values())].sort()
  const numberOfKey = new Map(keys.map((key, number) => [key, number]))
  const numberOf = new Map<string, number>()
  for (const [institution, key] of placeOf) numberOf.set(institution, numberOfKey.get(key) ?? 0)
  // Initiatives are numbered too, and a flow's links counted by initiative in an array of their numbers.
  const initiativeNumbers = new Map<string, number>()
  const initiativeIds: string[] = []
  const tallies = new Map<number, { a: number; b: number; count: number; by: number[] }>()
  const withinCounts = new Map<number, number>()
  for (const link of links) {
    const x = numberOf.get(link.from)
    const y = numberOf.get(link.to)
    if (x === undefined || y === undefined) continue
    if (x === y) {
      withinCounts.set(x, (withinCounts.get(x) ?? 0) + 1)
      continue
    }
    const a = Math.min(x, y)
    const b = Math.max(x, y)
    const pair = a * keys.length + b
    let tally = tallies.get(pair)
    if (!tally) {
      tally = { a, b, count: 0, by: [] }
      tallies.set(pair, tally)
    }
    tally.count++
    const initiative = link.initiatives[0] ?? ''
    let code = initiativeNumbers.get(initiative)
    if (code === undefined) {
      code = initiativeIds.push(initiative) - 1
      initiativeNumbers.set(initiative, code)
    }
    tally.by[code] = (tally.by[code] ?? 0) + 1
  }
  const flows = [...tallies.values()].map(({ a, b, count, by }) => {
    const from = keys[a] ?? ''
    const to = keys[b] ?? ''
    const initiatives = by.flatMap((links, code): [string, number][] => [[initiativeIds[code] ?? '', links]])
    return { id: `${from}|${to}`, from, to, count, initiatives: initiatives.sort((x, y) => y[1] - x[1]) }
  })
  const within = new Map([...withinCounts].map(([number, count]) => [keys[number] ?? '', count]))
  return { flows, within }
}
