import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { freePort } from './freePort'

// The bundle `node build.mjs` writes (turbo builds it before the tests); this file sits in apps/api/src/testing.
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url))
const POLL_MS = 50

export interface OutputLine {
  /** Date.now() when the line came. */
  at: number
  stream: 'stdout' | 'stderr'
  text: string
}

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
  at: number
}

/** The built server running as a process of its own, as in production: only there can a crash end it. */
export interface ServerProcess {
  readonly base: string
  readonly port: number
  /** Its stdout and stderr so far, line by line. */
  readonly lines: readonly OutputLine[]
  readonly exitCode: number | null
  readonly alive: boolean
  /** Resolves once it has exited and its output has been read to the end. */
  readonly exited: Promise<Exit>
  kill(signal: NodeJS.Signals): void
  /** The last lines of its output, for a failure's message. */
  outputTail(lines?: number): string
  /** Kills it if it still runs and removes its web folder. */
  destroy(): Promise<void>
}

/**
 * Spawns `node apps/api/dist/main.js` on a free port of 127.0.0.1, with a one-page web app and exactly the given
 * variables besides (nothing inherited, so no DATABASE_URL of the machine slips in), and resolves once the port
 * answers HTTP: any answer to GET /healthz, 503 included. Rejects, with its output, if it exits first or takes longer
 * than `readyTimeoutMs`.
 */
export async function startServerProcess(
  options: { env?: Record<string, string>; readyTimeoutMs?: number } = {},
): Promise<ServerProcess> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} does not exist: build the server first (cd apps/api && node build.mjs)`)
  const folder = await mkdtemp(join(tmpdir(), 'atlas-server-'))
  const webDist = join(folder, 'web')
  await mkdir(webDist)
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Partnership Atlas</title>')
  const port = await freePort()
  const child = spawn(process.execPath, [MAIN], {
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      WEB_DIST: webDist,
      // Without DATABASE_URL it must not touch the repository's own PGlite data.
      DATA_DIR: join(folder, 'pglite'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: OutputLine[] = []
  const collect = (stream: OutputLine['stream']) => {
    const reader = createInterface({ input: child[stream], crlfDelay: Number.POSITIVE_INFINITY })
    reader.on('line', (text) => lines.push({ at: Date.now(), stream, text }))
    return new Promise<void>((resolve) => reader.once('close', resolve))
  }
  const read = Promise.all([collect('stdout'), collect('stderr')])
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      const at = Date.now()
      void read.then(() => resolve({ code, signal, at }))
    })
  })

  const alive = () => child.exitCode === null && child.signalCode === null
  const outputTail = (count = 60) =>
    lines
      .slice(-count)
      .map((line) => `${line.stream}: ${line.text}`)
      .join('\n')
  const server: ServerProcess = {
    base: `http://127.0.0.1:${port}`,
    port,
    lines,
    get exitCode() {
      return child.exitCode
    },
    get alive() {
      return alive()
    },
    exited,
    kill: (signal) => {
      child.kill(signal)
    },
    outputTail,
    async destroy() {
      if (alive()) child.kill('SIGKILL')
      await exited
      await rm(folder, { recursive: true, force: true })
    },
  }

  const timeoutMs = options.readyTimeoutMs ?? 15_000
  const deadline = Date.now() + timeoutMs
  while (!(await answers(server.base))) {
    if (!alive() || Date.now() > deadline) {
      const why = alive()
        ? `did not answer on port ${port} within ${timeoutMs} ms`
        : `exited with ${child.exitCode ?? child.signalCode}`
      await server.destroy()
      throw new Error(`the server ${why}; its output:\n${outputTail()}`)
    }
    await sleep(POLL_MS)
  }
  return server
}

/** Whether GET /healthz gets an answer at all, whatever its status. */
function answers(base: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get(`${base}/healthz`, { agent: false, timeout: 1_000 }, (res) => {
      res.resume()
      resolve(true)
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(false))
  })
}
