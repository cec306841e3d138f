import { type ApiServer, startApiServer } from '../../../api/bench/apiServer'

/** A big PGlite folder replays its write-ahead log before it serves: minutes at most, never a hang. */
const READY_TIMEOUT_MS = 5 * 60_000
/**
 * A whole link list of the largest size takes seconds to read and send; the defaults (5 s) would answer 503 there,
 * which measures the timeout rather than the list. The report says so.
 */
export const BENCH_TIMEOUT_MS = 60_000

/** Which database the server opens: PostgreSQL at a URL, or a PGlite data folder. */
export type ServerDatabase = { DATABASE_URL: string } | { DATA_DIR: string }

/** The built server running as a child process, healthy. */
export type RunningServer = ApiServer

/**
 * Starts apps/api/dist/main.js over a database, with nothing else of this process's environment (so no
 * DATABASE_URL of the machine reaches a PGlite run), serving `webDist`, with the bench's timeouts.
 */
export function startServer(
  database: ServerDatabase,
  webDist: string,
  signal: AbortSignal,
  onStarted: (stop: () => Promise<void>) => void,
): Promise<RunningServer> {
  return startApiServer({
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
      STATEMENT_TIMEOUT_MS: String(BENCH_TIMEOUT_MS),
      REQUEST_TIMEOUT_MS: String(BENCH_TIMEOUT_MS),
      ...database,
    },
    signal,
    readyTimeoutMs: READY_TIMEOUT_MS,
    onStarted,
  })
}
