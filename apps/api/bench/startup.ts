// How long the built server takes to serve on the embedded database: from spawning `node dist/main.js` to /healthz
// answering 200, in a new DATA_DIR (first start) and again in the same folder (restart), with each start's peak
// resident memory. `tsx bench/startup.ts [ROUNDS] [MAIN.js ...]` compares builds in turns, so that a busy machine
// weighs on each alike.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { freePort } from '../src/testing/freePort'

const DEFAULT_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const POLL_MS = 10
const READY_TIMEOUT_MS = 60_000

interface Start {
  ms: number
  /** The process's peak resident memory in MB (Linux), or null. */
  peakMb: number | null
}

/** Starts the server on `dataDir`, waits for a healthy /healthz, reads its peak memory and stops it. */
async function timeStart(main: string, dataDir: string): Promise<Start> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    while (!(await healthy(`http://127.0.0.1:${port}/healthz`))) {
      if (child.exitCode !== null) throw new Error(`${main} exited with ${child.exitCode}: ${errors}`)
      if (performance.now() - started > READY_TIMEOUT_MS) throw new Error(`${main} was not healthy in time`)
      await sleep(POLL_MS)
    }
    const ms = performance.now() - started
    return { ms, peakMb: peakMemoryMb(child.pid) }
  } finally {
    child.kill('SIGTERM')
    await exited
  }
}

/** Whether /healthz says the database answers; a refused connection means the server does not listen yet. */
async function healthy(url: string): Promise<boolean> {
  const response = await fetch(url).catch(() => null)
  if (!response) return false
  const body = (await response.json()) as { database?: { reachable?: boolean } }
  return response.status === 200 && body.database?.reachable === true
}

/** VmHWM, the kernel's high-water mark of the process's resident memory: a peak between samples is not missed. */
function peakMemoryMb(pid: number | undefined): number | null {
  const status = `/proc/${pid}/status`
  if (pid === undefined || !existsSync(status)) return null
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(status, 'utf8'))?.[1]
  return kb ? Math.round(Number(kb) / 1024) : null
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const [roundsArg, ...mainArgs] = process.argv.slice(2)
const rounds = Number(roundsArg ?? 5)
const mains = mainArgs.length > 0 ? mainArgs.map((path) => resolve(path)) : [DEFAULT_MAIN]
const results = new Map(mains.map((main) => [main, { fresh: [] as Start[], restart: [] as Start[] }]))
for (let round = 1; round <= rounds; round += 1) {
  for (const main of mains) {
    const folder = await mkdtemp(join(tmpdir(), 'atlas-startup-'))
    try {
      const dataDir = join(folder, 'pglite')
      const fresh = await timeStart(main, dataDir)
      const restart = await timeStart(main, dataDir)
      results.get(main)?.fresh.push(fresh)
      results.get(main)?.restart.push(restart)
      console.log(
        `round ${round} ${main}: first start ${fresh.ms.toFixed(0)} ms (peak ${fresh.peakMb} MB), ` +
          `restart ${restart.ms.toFixed(0)} ms (peak ${restart.peakMb} MB)`,
      )
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  }
}
for (const [main, { fresh, restart }] of results) {
  const times = (starts: Start[]) =>
    `median ${median(starts.map((s) => s.ms)).toFixed(0)} ms (${starts.map((s) => s.ms.toFixed(0)).join(', ')})`
  console.log(`${main}\n  first start ${times(fresh)}\n  restart     ${times(restart)}`)
}
