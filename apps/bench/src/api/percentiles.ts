/** The median and the 99th percentile of some timings, by the nearest-rank method. */
export interface Spread {
  p50: number
  p99: number
}

/** The value at a percentile (0–100) of the values, by nearest rank: with 20 values, p99 is the slowest. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('a percentile of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(Math.ceil((p / 100) * sorted.length), 1)
  return sorted[rank - 1] as number
}

export function spread(values: readonly number[]): Spread {
  return { p50: percentile(values, 50), p99: percentile(values, 99) }
}
