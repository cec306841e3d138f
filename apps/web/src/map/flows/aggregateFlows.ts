import type { MapLink } from '../mapLinks'
import type { Places } from './places'

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
 * Flows are listed in the order their first links are, and a flow's initiatives most first, among as many in the
 * order the initiatives' first links are.
 */
export function aggregateFlows(
  links: readonly MapLink[],
  places: Pick<Places, 'keys' | 'numberOf'>,
): Aggregation {
  const { keys } = places
  const numbered = numberLinks(links, places)
  const { ends, initiativeIds } = numbered
  const { codes, start } = initiativesByFlow(numbered)
  /** Links by initiative while one flow is tallied, back to 0 after it; and its initiatives, in the order met. */
  const tally = new Int32Array(initiativeIds.length)
  const met: number[] = []
  const flows = Array.from({ length: ends.length / 2 }, (_, flow): Flow => {
    const first = start[flow] ?? 0
    const end = start[flow + 1] ?? 0
    met.length = 0
    for (let at = first; at < end; at++) {
      const code = codes[at] ?? 0
      const tallied = (tally[code] ?? 0) + 1
      tally[code] = tallied
      if (tallied === 1) met.push(code)
    }
    // Most first; among as many, the initiative met first overall, whose number is the lesser.
    if (met.length > 1) met.sort((p, q) => (tally[q] ?? 0) - (tally[p] ?? 0) || p - q)
    const initiatives: [string, number][] = []
    for (const code of met) {
      initiatives.push([initiativeIds[code] ?? '', tally[code] ?? 0])
      tally[code] = 0
    }
    const from = keys[ends[2 * flow] ?? 0] ?? ''
    const to = keys[ends[2 * flow + 1] ?? 0] ?? ''
    return { id: `${from}|${to}`, from, to, count: end - first, initiatives }
  })
  const within = new Map([...numbered.within].map(([number, count]) => [keys[number] ?? '', count]))
  return { flows, within }
}

/** The links as numbers: each one's flow and initiative, the flows' places, and the links within each place. */
interface NumberedLinks {
  /** Each link's flow, -1 for a link no flow counts. */
  flowOfLink: Int32Array
  initiativeOfLink: Int32Array
  /** Each flow's two places, the lesser first: flow f's at 2f and 2f + 1. */
  ends: number[]
  initiativeIds: string[]
  /** Links within one place, by place. */
  within: Map<number, number>
}

/**
 * Numbers what each link is counted under, as flows and initiatives are first met. This is the part that runs once
 * a link on every change of filter, so it works in numbers, not strings: an end's place is one look-up of the
 * number `places` gave it once for the data (the lesser number the lesser key), and a pair of places is a small
 * integer (a × places + b).
 */
function numberLinks(
  links: readonly MapLink[],
  { keys, numberOf }: Pick<Places, 'keys' | 'numberOf'>,
): NumberedLinks {
  const numbered: NumberedLinks = {
    flowOfLink: new Int32Array(links.length).fill(-1),
    initiativeOfLink: new Int32Array(links.length),
    ends: [],
    initiativeIds: [],
    within: new Map(),
  }
  const { flowOfLink, initiativeOfLink, ends, initiativeIds, within } = numbered
  const flowOfPair = new Map<number, number>()
  const initiativeNumbers = new Map<string, number>()
  links.forEach((link, i) => {
    const x = numberOf.get(link.from)
    const y = numberOf.get(link.to)
    if (x === undefined || y === undefined) return
    if (x === y) {
      within.set(x, (within.get(x) ?? 0) + 1)
      return
    }
    const a = Math.min(x, y)
    const b = Math.max(x, y)
    const pair = a * keys.length + b
    let flow = flowOfPair.get(pair)
    if (flow === undefined) {
      flow = ends.push(a, b) / 2 - 1
      flowOfPair.set(pair, flow)
    }
    flowOfLink[i] = flow
    const initiative = link.initiatives[0] ?? ''
    let code = initiativeNumbers.get(initiative)
    if (code === undefined) {
      code = initiativeIds.push(initiative) - 1
      initiativeNumbers.set(initiative, code)
    }
    initiativeOfLink[i] = code
  })
  return numbered
}

/**
 * The links' initiatives grouped by flow (a counting sort), so that each flow's are tallied alone, in memory that
 * grows with the links however many initiatives there are: flow f's are `codes` from `start[f]` to `start[f + 1]`.
 */
function initiativesByFlow({ flowOfLink, initiativeOfLink, ends }: NumberedLinks): {
  codes: Int32Array
  start: Int32Array
} {
  const flows = ends.length / 2
  const start = new Int32Array(flows + 1)
  for (const flow of flowOfLink) if (flow >= 0) start[flow + 1] = (start[flow + 1] ?? 0) + 1
  for (let flow = 0; flow < flows; flow++) start[flow + 1] = (start[flow + 1] ?? 0) + (start[flow] ?? 0)
  const codes = new Int32Array(start[flows] ?? 0)
  const next = start.slice(0, flows)
  flowOfLink.forEach((flow, i) => {
    if (flow < 0) return
    const at = next[flow] ?? 0
    codes[at] = initiativeOfLink[i] ?? 0
    next[flow] = at + 1
  })
  return { codes, start }
}
