import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { freePort } from '../src/testing/freePort'

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))
/** The server drains for up to 9 s on SIGTERM; past this it is killed. */
const STOP_TIMEOUT_MS = 12_000
const LOG_LINES_KEPT = 40

/** The built server (dist/main.js) running as a child process, ready to serve. */
export interface ApiServer {
  base: string
  /** From spawning the process to the first 200 of /healthz (migrations and the seed's check included). */
  readyMs: number
  /** Throws, with the server's last log lines, when it has exited. */
  assertRunning(): void
  stop(): Promise<void>
}

export interface ApiServerOptions {
  /** The server's whole environment but PORT and HOST, which this sets (a free port on 127.0.0.1). */
  env: NodeJS.ProcessEnv
  signal: AbortSignal
  /** How long it may take to answer /healthz with 200. */
  readyTimeoutMs: number
  /** Hears of the process at once, so that a run stopped while the server starts still stops it. */
  onStarted?: (stop: () => Promise<void>) => void
}

/**
 * Starts dist/main.js on a free port and waits until /healthz answers 200 (or the abort), stopping it if it never
 * does. Shared by the benchmarks (`pnpm bench:api` here, `pnpm bench` in apps/bench).
 */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  if (!existsSync(MAIN)) {
    throw new Error(`${MAIN} is missing: build the server first (turbo run build --filter=@atlas/server)`)
  }
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child = spawn(process.execPath, [MAIN], {
    env: { ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A group of its own keeps the terminal's Ctrl-C from reaching it: the bench stops it, once, with SIGTERM.
    detached: true,
  })
  // The log is kept, not shown: it is what explains a server that exits or never becomes ready.
  const log: string[] = []
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString().split('\n').filter(Boolean))
    log.splice(0, Math.max(log.length - LOG_LINES_KEPT, 0))
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.on('error', (error) => log.push(`could not run the server: ${error.message}`))
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))
  // Its own process group means nothing else ends it: should the bench die before `stop`, it takes the server along.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  void exited.then(() => process.off('exit', killOnExit))

  const alive = () => child.exitCode === null && child.signalCode === null
  const assertRunning = () => {
    if (!alive()) {
      throw new Error(
        `the api server exited (${child.exitCode ?? child.signalCode}); its last lines:\n${log.join('\n')}`,
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
  options.onStarted?.(stop)

  try {
    await waitForHealth(base, assertRunning, options)
  } catch (error) {
    await stop()
    throw error
  }
  return { base, readyMs: performance.now() - started, assertRunning, stop }
}

async function waitForHealth(
  base: string,
  assertRunning: () => void,
  { signal, readyTimeoutMs }: ApiServerOptions,
): Promise<void> {
  const deadline = Date.now() + readyTimeoutMs
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
  throw new Error(`the api server was not healthy within ${readyTimeoutMs / 1000} s (last: ${last})`)
}
