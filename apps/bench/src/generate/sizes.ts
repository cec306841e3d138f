/** The sizes the benchmark runs at: small enough for a smoke test, the size the issue names, and three times it. */
export type BenchSize = 'S' | 'M' | 'L'

export const BENCH_SIZES: readonly BenchSize[] = ['S', 'M', 'L']

/** How many institutions and links each size has, and how many cities the institutions are spread over. */
export const SIZE_COUNTS: Readonly<
  Record<BenchSize, { institutions: number; links: number; cities: number }>
> = {
  S: { institutions: 1_000, links: 5_000, cities: 60 },
  M: { institutions: 10_000, links: 100_000, cities: 300 },
  L: { institutions: 30_000, links: 300_000, cities: 600 },
}

/** Whether a word names a size, for reading the command line. */
export function isBenchSize(value: string): value is BenchSize {
  return (BENCH_SIZES as readonly string[]).includes(value)
}
