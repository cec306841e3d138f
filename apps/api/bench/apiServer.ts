import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const READY_TIMEOUT_MS = 60_000
/** The server drains for up to 9 s on SIGTERM; past this it is killed. */
const STOP_TIMEOUT_MS = 12_000
const LOG_LINES_KEPT = 40

/** The built server (dist/main.js) running as a child process, ready to serve. */
export interface ApiServer {
  base: string
  /** Throws, with the server's last log lines, when it has exited. */
  assertRunning(): void
  stop(): Promise<void>
}

/** Starts dist/main.js on a free port over `databaseUrl` and waits until /healthz answers 200 (or the abort). */
export async function startApiServer(databaseUrl: string, signal: AbortSignal): Promise<ApiServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the api first (pnpm bench:api does)`)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl },
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

  const assertRunning = () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the api server exited (${child.exitCode ?? child.signalCode}); its last lines:\n${log.join('\n')}`,
      )
    }
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
    await exited
    clearTimeout(timer)
  }

  try {
    await waitForHealth(base, assertRunning, signal)
  } catch (error) {
    await stop()
    throw error
  }
  return { base, assertRunning, stop }
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
    await sleep(100)
  }
  throw new Error(`the api server was not healthy within ${READY_TIMEOUT_MS / 1000} s (last: ${last})`)
}

/** A port nothing listens on right now; the server takes it a moment later. */
async function freePort(): Promise<number> {
  const probe = createServer()
  probe.listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const address = probe.address()
  probe.close()
  if (typeof address !== 'object' || !address) throw new Error('could not find a free port')
  return address.port
}
