import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { type BenchSize, isBenchSize } from './generate/sizes'

/** The PostgreSQL the bench makes its throwaway databases on, unless BENCH_DATABASE_URL says otherwise. */
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test'
const DEFAULT_OUT = fileURLToPath(new URL('../results.md', import.meta.url))
/** The built web app the server serves, where the api's own default looks for it. */
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url))

/** What a run is asked to do, from its command line and environment. */
export interface BenchOptions {
  sizes: BenchSize[]
  out: string
  /** Requests timed per figure at every size, when the command line says; otherwise each size's own number. */
  times: number | undefined
  adminUrl: string
  /** The web app the server serves to the browser half (WEB_DIST). */
  webDist: string
}

/**
 * Reads `[--sizes S,M,L] [--times N] [--out FILE]` and BENCH_DATABASE_URL and BENCH_WEB_DIST (the only variables
 * the bench reads); throws on anything else.
 */
export function readOptions(args: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: { sizes: { type: 'string' }, times: { type: 'string' }, out: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  })
  const sizes = (values.sizes ?? 'S,M,L').split(',').map((size) => size.trim().toUpperCase())
  if (!sizes.every(isBenchSize)) throw new Error(`--sizes takes S, M and L, not "${values.sizes}"`)
  if (values.times !== undefined && !/^[1-9]\d*$/.test(values.times)) {
    throw new Error(`--times takes a whole number of requests, 1 or more, not "${values.times}"`)
  }
  return {
    sizes: sizes.filter(isBenchSize),
    out: values.out ?? DEFAULT_OUT,
    times: values.times === undefined ? undefined : Number(values.times),
    adminUrl: env.BENCH_DATABASE_URL || DEFAULT_ADMIN_URL,
    webDist: env.BENCH_WEB_DIST || DEFAULT_WEB_DIST,
  }
}
