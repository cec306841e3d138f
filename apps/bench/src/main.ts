/**
 * The scale benchmark (issue 16): `tsx src/main.ts [--sizes S,M,L] [--times N] [--out FILE]`. For each size it
 * generates a synthetic atlas, loads it through the product's import into a throwaway PostgreSQL database and a
 * PGlite folder, times the built server's map query over each (N requests per figure), and runs the browser half
 * against the PostgreSQL server. A benchmark, not a test: it prints figures and asserts none. Progress goes to
 * stderr, the report to stdout and to the output file; every database, folder and server goes away at the end, on
 * error and on Ctrl-C.
 */
import { writeFile } from 'node:fs/promises'
import { cpus, totalmem } from 'node:os'
import { BENCH_TIMEOUT_MS, startServer } from './api/serverProcess'
import { benchSize, type SizeResult } from './benchSize'
import { Cleanups } from './cleanups'
import { DEFAULT_SEED } from './generate/dataset'
import type { BenchSize } from './generate/sizes'
import { freshPgliteFolder } from './load/pgliteTarget'
import { seedCampuses } from './load/seedCampuses'
import { readOptions } from './options'
import { markdownReport } from './report/markdownReport'

/**
 * Sequential requests per figure unless `--times` says: twenty (a p99 of twenty is the slowest, which is what a
 * visitor may meet), five at L, where each takes seconds on PGlite and twenty would hold a run for a quarter of an
 * hour.
 */
const TIMES: Record<BenchSize, number> = { S: 20, M: 20, L: 5 }

const stopping = new AbortController()
const cleanups = new Cleanups()
const progress = (message: string) => console.error(`[bench] ${message}`)

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // The run stops where it is and its `finally` cleans up; the handler stays so a second Ctrl-C cannot cut that short.
  process.on(signal, () => {
    if (stopping.signal.aborted) return void console.error('still cleaning up…')
    console.error(`\n${signal}: stopping, then removing the databases, folders and servers…`)
    stopping.abort(new Error(`stopped by ${signal}`))
  })
}

async function run(): Promise<void> {
  const options = readOptions(process.argv.slice(2), process.env)
  const timesAt = (size: BenchSize) => options.times ?? TIMES[size]
  progress(`sizes ${options.sizes.join(', ')}; reading the seed's campuses`)
  const avoid = await seedCampuses()
  progress('timing a server on a new PGlite folder (seed only)')
  const seedOnlyStartMs = await seedOnlyStart(options.webDist)
  const results: SizeResult[] = []
  for (const size of options.sizes) {
    results.push(
      await benchSize(size, {
        adminUrl: options.adminUrl,
        seed: DEFAULT_SEED,
        avoid,
        seedOnlyStartMs,
        webDist: options.webDist,
        times: timesAt(size),
        cleanups,
        signal: stopping.signal,
        progress,
      }),
    )
  }
  const cpu = cpus()
  const report = markdownReport(results, {
    date: new Date().toISOString().slice(0, 10),
    machine: `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB.`,
    notes: [
      `Seed ${DEFAULT_SEED}. Timings are of ${options.sizes.map((size) => `${timesAt(size)} (${size})`).join(', ')} sequential requests each, uncompressed (Accept-Encoding: identity), over a kept-alive connection, from this process to the built server (apps/api/dist/main.js) in its own process; all share the machine with PostgreSQL.`,
      "Uncached: on PostgreSQL a NOTIFY atlas_changed before each request empties the server's answer cache; on PGlite, whose notices never leave the server, each request has a URL of its own (a query parameter tRPC ignores).",
      "Floors: the raw SQL is the api's own link list SQL (from listLinks) run through the bench's connection plus JSON.stringify of its rows; a cached answer is compared with GET /healthz.",
      `The server runs with STATEMENT_TIMEOUT_MS and REQUEST_TIMEOUT_MS at ${BENCH_TIMEOUT_MS / 1000} s (5 s by default), so the largest lists are measured rather than refused.`,
      'Server ready: from spawning the process to the first 200 of /healthz; the files are in the page cache, so this is a cold process, not a cold disk.',
    ],
  })
  console.log(report)
  await writeFile(options.out, report)
  progress(`wrote ${options.out}`)
}

/** How long the server takes to serve a PGlite folder it must first create, migrate and seed. */
async function seedOnlyStart(webDist: string): Promise<number> {
  const { dataDir, remove } = await freshPgliteFolder()
  const removeFolder = cleanups.add('the seed-only PGlite folder', remove)
  let stopServer: () => Promise<void> = async () => {}
  const server = await startServer({ DATA_DIR: dataDir }, webDist, stopping.signal, (stop) => {
    stopServer = cleanups.add('the seed-only server', stop)
  })
  await stopServer()
  await removeFolder()
  return server.readyMs
}

try {
  await run()
} catch (error) {
  if (stopping.signal.aborted) process.exitCode = 130
  else {
    console.error('the benchmark could not run:', error)
    process.exitCode = 1
  }
} finally {
  await cleanups.runAll()
}
