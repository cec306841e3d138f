import v8 from 'node:v8'

/**
 * Runs `work` with V8's optimising WebAssembly compiler off, for PGlite's first start in a new data folder: creating
 * the database with initdb keeps some 90 MB more resident with it on, which lifts that start over 500 MB. The
 * functions compiled meanwhile stay at the baseline tier until the process ends, so this first session runs its
 * queries about half as fast; every later start, on the existing folder, is compiled as usual.
 */
export async function withLiftoffOnly<T>(work: () => Promise<T>): Promise<T> {
  // Node's own flag, if the server was started with it, must outlive this call.
  if (process.execArgv.includes('--liftoff-only')) return work()
  v8.setFlagsFromString('--liftoff-only')
  try {
    return await work()
  } finally {
    v8.setFlagsFromString('--no-liftoff-only')
  }
}
