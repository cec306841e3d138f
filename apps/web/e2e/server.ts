import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'
import { childOutput } from './childOutput'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web app built once for the whole run, with its test hooks (globalSetup.ts). */
    webDist: string
  }
}

const API_MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url))
const API_CLI = fileURLToPath(new URL('../../api/dist/cli.js', import.meta.url))

export interface RunningServer {
  /** Its address on loopback, which answers whatever it listens on (`http://127.0.0.1:41234`). */
  url: string
  /** With `admin`: the path of the admin's one-time sign-in link (`/?signin=…`), to open on `url`. */
  adminSignInPath?: string
  stop(): Promise<void>
}

export interface ServerOptions {
  /** HOST, the address it listens on: `0.0.0.0` to serve the network as well. 127.0.0.1 when absent. */
  host?: string
  /** PUBLIC_URL, the address share links name. Unset when absent. */
  publicUrl?: string
  /**
   * An email to make an admin account for (`cli.js user:create --admin`) before the server starts: the embedded
   * database admits one process at a time. Its sign-in link is then `adminSignInPath`.
   */
  admin?: string
  /** The build of the web app to serve; in a test run, the one globalSetup.ts made. */
  webDist?: string
}

/**
 * The production build, as `npm start` runs it, on a fresh embedded database: the built api serving the web app
 * built with its test hooks (VITE_TEST_HOOKS=1, src/testHooks.ts), which the tests read the map through. Every
 * server of a test run serves the one build that globalSetup.ts made.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'atlas-e2e-'))
  const port = await freePort()
  const env = {
    PATH: process.env.PATH,
    PORT: String(port),
    HOST: options.host ?? '127.0.0.1',
    ...(options.publicUrl ? { PUBLIC_URL: options.publicUrl } : {}),
    DATA_DIR: join(dataDir, 'pglite'),
    WEB_DIST: options.webDist ?? inject('webDist'),
  }
  const adminSignInPath = options.admin
    ? await createAdmin(options.admin, env).catch(async (error: unknown) => {
        await rm(dataDir, { recursive: true, force: true })
        throw error
      })
    : undefined
  const child = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const output = childOutput(child)
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(url, child)
  } catch (error) {
    child.kill()
    await rm(dataDir, { recursive: true, force: true })
    throw new Error(`the server did not start: ${(error as Error).message}\n${output()}`)
  }
  return {
    url,
    adminSignInPath,
    stop: async () => {
      await stopProcess(child)
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** Makes an admin on the server's database as the CLI does, and answers the path of the sign-in link it prints. */
async function createAdmin(email: string, env: Record<string, string | undefined>): Promise<string> {
  const child = spawn(process.execPath, [API_CLI, 'user:create', '--admin', email], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output = childOutput(child)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', resolve)
  })
  const token = /\?signin=([^\s&]+)/.exec(output())?.[1]
  if (code !== 0 || !token)
    throw new Error(`user:create did not print a sign-in link (exit ${code}):\n${output()}`)
  return `/?signin=${token}`
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}`)
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('no healthy answer within 60 s')
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}
