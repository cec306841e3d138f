import type { Measurement } from './measure'

/** The goals: a fast read answers at least this often, this quickly, without a single error. */
export const FAST_READ = { requestsPerSecond: 2_500, p99Ms: 50 } as const
/** link.list may cost at most this much more time per request than a raw pool running the same SQL. */
export const LINK_LIST_OVER_RAW = 1.1

export type Goal =
  | { kind: 'fast read' }
  | { kind: 'near raw'; raw: Measurement }
  | { kind: 'none'; note: string }

export interface Row {
  endpoint: string
  servedBy: string
  measurement: Measurement
  goal: Goal
}

const failures = (m: Measurement) => m.errors + m.non2xx

/**
 * How much more time per request the api takes than the raw baseline: with the same connections kept busy, the
 * inverse of the ratio of requests per second.
 */
export function costOverRaw(api: Measurement, raw: Measurement): number {
  return api.requestsPerSecond > 0 ? raw.requestsPerSecond / api.requestsPerSecond : Number.POSITIVE_INFINITY
}

/** Whether a row meets its goal; undefined when it has none. */
export function holds(row: Row): boolean | undefined {
  const m = row.measurement
  if (row.goal.kind === 'fast read') {
    return (
      m.requestsPerSecond >= FAST_READ.requestsPerSecond && m.p99Ms < FAST_READ.p99Ms && failures(m) === 0
    )
  }
  if (row.goal.kind === 'near raw') {
    return costOverRaw(m, row.goal.raw) <= LINK_LIST_OVER_RAW && failures(m) === 0
  }
  return undefined
}

function describeGoal(row: Row): string {
  const { goal } = row
  if (goal.kind === 'fast read') {
    return `≥ ${FAST_READ.requestsPerSecond.toLocaleString('en')} req/s, p99 < ${FAST_READ.p99Ms} ms, 0 errors`
  }
  if (goal.kind === 'near raw') {
    const ratio = costOverRaw(row.measurement, goal.raw)
    return `≤ ${LINK_LIST_OVER_RAW.toFixed(2)}× raw time/request, 0 errors (now ${ratio.toFixed(2)}×)`
  }
  return goal.note
}

const verdict = (value: boolean | undefined) => (value === undefined ? '—' : value ? '**yes**' : '**no**')
const number = (value: number, digits = 0) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })

/** The results as a markdown table, each raw baseline on the row under the endpoint it is the baseline for. */
export function markdownTable(rows: readonly Row[]): string {
  const header = [
    'Endpoint',
    'Served by',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors / non-2xx',
    'bytes/resp',
    'Goal',
    'Holds',
  ]
  const lines = rows.map((row) => {
    const m = row.measurement
    return [
      row.endpoint,
      row.servedBy,
      number(m.requestsPerSecond),
      number(m.p50Ms),
      number(m.p99Ms),
      `${number(m.errors)} / ${number(m.non2xx)}`,
      number(m.bytesPerResponse),
      describeGoal(row),
      verdict(holds(row)),
    ]
  })
  const align = ['---', '---', '--:', '--:', '--:', '--:', '--:', '---', ':-:']
  return [header, align, ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}
