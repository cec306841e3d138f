import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { freePort } from '../../../api/src/testing/freePort'

/** The bundle `turbo run build --filter=@atlas/server` writes. */
const MAIN = fileURLToPath(new URL('../../../api/dist/main.js', import.meta.url))
/** A big PGlite folder replays its write-ahead log before it serves: minutes at most, never a hang. */
const READY_TIMEOUT_MS = 5 * 60_000
/** The server drains for up to 9 s on SIGTERM; past this it is killed. */
const STOP_TIMEOUT_MS = 12_000
const LOG_LINES_KEPT = 40
/**
 * A whole link list of the largest size takes seconds to read and send; the defaults (5 s) would answer 503 there,
 * which measures the timeout rather than the list. The report says so.
 */
export const BENCH_TIMEOUT_MS = 60_000

/** Which database the server opens: PostgreSQL at a URL, or a PGlite data folder. */
export type ServerDatabase = { DATABASE_URL: string } | { DATA_DIR: string }

/** The built server running as a child process, healthy. */
export interface RunningServer {
  base: string
  /** From spawning the process to the first 200 of /healthz (migrations and the seed's check included). */
  readyMs: number
  /** Throws, with the server's last log lines, when it has exited. */
  assertRunning(): void
  stop(): Promise<void>
}

/**
 * Starts apps/api/dist/main.js on a free port over a database, with nothing else of this process's environment
 * (so no DATABASE_URL of the machine reaches a PGlite run), and waits until /healthz answers 200. `onStarted`
 * hears of the process at once, so a run stopped while it starts still stops it.
 */
export async function startServer(
  database: ServerDatabase,
  webDist: string,
  signal: AbortSignal,
  onStarted: (stop: () => Promise<void>) => void,
): Promise<RunningServer> {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: build the server first (turbo run build --filter=@atlas/server)`)
  }
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
      STATEMENT_TIMEOUT_MS: String(BENCH_TIMEOUT_MS),
      REQUEST_TIMEOUT_MS: String(BENCH_TIMEOUT_MS),
      ...database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A group of its own keeps the terminal's Ctrl-C from reaching it: the bench stops it, once, with SIGTERM.
    detached: true,
  })
  const log: string[] = []
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString().split('\n').filter(Boolean))
    log.splice(0, Math.max(log.length - LOG_LINES_KEPT, 0))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.on('error', (error) => log.push(`could not run the server: ${error.message}`))
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  // Should the bench die without stopping it, it takes the server along.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  void exited.then(() => process.off('exit', killOnExit))

  const alive = () => child.exitCode === null && child.signalCode === null
  const assertRunning = () => {
    if (!alive()) {
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}); its last lines:\n${log.join('\n')}`,
      )
    }
  }
  const stop = async () => {
    if (!alive()) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
    await exited
    clearTimeout(timer)
  }
  onStarted(stop)
  await waitForHealth(base, assertRunning, signal)
  return { base, readyMs: performance.now() - started, assertRunning, stop }
}

async function waitForHealth(base: string, assertRunning: () => void, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  let last = 'no answer yet'
  while (Date.now() < deadline) {
    signal.throwIfAborted()
    assertRunning()
    try {
      const response = await fetch(`${base}/healthz`, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(1_000)]),
      })
      if (response.ok) return
      last = `${response.status} ${await response.text()}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await sleep(20)
  }
  throw new Error(`the server was not healthy within ${READY_TIMEOUT_MS / 1000} s (last: ${last})`)
}
