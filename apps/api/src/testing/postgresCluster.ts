import { execFile, spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { appendFile, chown, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './freePort'

/** A PostgreSQL of the test's own, to stop, kill and start at will without touching anyone else's. */
export interface PostgresCluster {
  /** A postgres:// URL of the database the tests use, as the server's DATABASE_URL. */
  readonly url: string
  readonly port: number
  /** Whether the postmaster was left running by the last start or stop. */
  readonly running: boolean
  /** `fast` ends the sessions and checkpoints; `immediate` is a crash (recovery runs on the next start). */
  stop(mode: 'fast' | 'immediate'): Promise<void>
  /** Starts again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>
  /** Ends every other client session, as an administrator or a failover would; resolves with how many. */
  terminateBackends(): Promise<number>
  /** Stops it if it runs and removes its folder. */
  destroy(): Promise<void>
}

const DATABASE = 'atlas'
const SUPERUSER = 'postgres'
// pg_ctl waits this long itself; the process gets a little more before it is killed.
const PG_CTL_WAIT_S = 30
const COMMAND_TIMEOUT_MS = 40_000
const QUERY_TIMEOUT_MS = 10_000

// Settings for a cluster whose data nobody needs after a crash: durability traded for speed.
const throwawaySettings = (port: number, socketDir: string) => `
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${socketDir}'
fsync = off
synchronous_commit = off
full_page_writes = off
`

/**
 * initdb into a fresh temporary folder with trust authentication, listening on 127.0.0.1 only, on a free port, then
 * started with a database for the tests. As root (PostgreSQL refuses to run as root) the binaries run as the
 * `postgres` user in a folder it owns.
 */
export async function startPostgresCluster(options: { binDir?: string } = {}): Promise<PostgresCluster> {
  const binDir = options.binDir ?? newestInstalledBinDir()
  const bin = (name: string) => (binDir ? join(binDir, name) : name)
  const root = await mkdtemp(join(tmpdir(), 'atlas-pg-'))
  const data = join(root, 'data')
  const logFile = join(root, 'postgres.log')
  const asRoot = process.getuid?.() === 0
  if (asRoot) await chown(root, await userId('-u'), await userId('-g'))
  const asOwner = (command: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', SUPERUSER, '--', command, ...args]] : [command, args]
  const pgCtl = (...args: string[]) => run(...asOwner(bin('pg_ctl'), ['-D', data, ...args]))

  const port = await freePort()
  let running = false
  const stopIfRunning = () => {
    if (!running) return
    // A test run cut short would otherwise leave the postmaster running: it is detached from this process.
    const [command, args] = asOwner(bin('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
    spawnSync(command, args, { stdio: 'ignore', timeout: COMMAND_TIMEOUT_MS })
  }

  const withLog = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work()
    } catch (error) {
      const log = await readFile(logFile, 'utf8').catch(() => '(no log)')
      throw new Error(`${what} failed: ${(error as Error).message}\n--- ${logFile} (tail) ---\n${tail(log)}`)
    }
  }

  const sql = async (statement: string, database = SUPERUSER) => {
    const args = ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port)]
    return (
      await run(bin('psql'), [...args, '-U', SUPERUSER, '-d', database, '-c', statement], QUERY_TIMEOUT_MS)
    ).trim()
  }

  const cluster: PostgresCluster = {
    url: `postgres://${SUPERUSER}@127.0.0.1:${port}/${DATABASE}`,
    port,
    get running() {
      return running
    },
    async stop(mode) {
      await withLog(`stopping PostgreSQL (-m ${mode})`, () =>
        pgCtl('-m', mode, '-w', '-t', String(PG_CTL_WAIT_S), 'stop'),
      )
      running = false
    },
    async start() {
      await withLog(`starting PostgreSQL on port ${port}`, () =>
        pgCtl('-l', logFile, '-w', '-t', String(PG_CTL_WAIT_S), 'start'),
      )
      running = true
    },
    async terminateBackends() {
      const ended = await sql(
        `select count(pg_terminate_backend(pid)) from pg_stat_activity
         where pid <> pg_backend_pid() and backend_type = 'client backend'`,
      )
      return Number(ended)
    },
    async destroy() {
      process.off('exit', stopIfRunning)
      try {
        if (running) await cluster.stop('immediate')
      } finally {
        await rm(root, { recursive: true, force: true })
      }
    },
  }

  process.once('exit', stopIfRunning)
  try {
    await withLog('initdb', () =>
      run(
        ...asOwner(bin('initdb'), [
          ...['-D', data, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C'],
          ...['--no-sync', '--no-instructions'],
        ]),
      ),
    )
    await appendFile(join(data, 'postgresql.conf'), throwawaySettings(port, root))
    await cluster.start()
    await sql(`create database ${DATABASE}`)
  } catch (error) {
    // The first failure says what went wrong; one in cleaning up after it would only hide it.
    await cluster.destroy().catch(() => undefined)
    throw error
  }
  return cluster
}

/** The newest of Debian's /usr/lib/postgresql/<version>/bin; elsewhere the binaries are looked up on PATH. */
function newestInstalledBinDir(): string | undefined {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return undefined
  const newest = readdirSync(base)
    .filter((version) => existsSync(join(base, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))[0]
  return newest === undefined ? undefined : join(base, newest, 'bin')
}

async function userId(flag: '-u' | '-g'): Promise<number> {
  return Number((await run('id', [flag, SUPERUSER])).trim())
}

/** Runs a command to its end within a bound; the error carries its output, which says why. */
function run(command: string, args: string[], timeoutMs = COMMAND_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout)
      const why = error.killed ? `did not finish within ${timeoutMs} ms` : `exited with ${error.code}`
      reject(new Error(`${[command, ...args].join(' ')} ${why}\n${tail(`${stdout}${stderr}`)}`))
    })
  })
}

const tail = (text: string, lines = 20) => text.trimEnd().split('\n').slice(-lines).join('\n')
