import { writeFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { databaseTrouble } from '@atlas/api'
import { type Connection, connect, makeDataDirTemplate, migrateToLatest, seedIfNew } from '@atlas/db'
import type { Env } from './env'
import type { Logger } from './log'

type DatabaseEnv = Pick<Env, 'DATABASE_URL' | 'DATA_DIR' | 'STATEMENT_TIMEOUT_MS' | 'POOL_SIZE'>

/**
 * The embedded database that the server's first start in a new DATA_DIR begins with: migrated and seeded, written by
 * the build (`writeDataDirTemplate`). This file and the built main.js both sit one level under apps/api.
 */
export const DATA_DIR_TEMPLATE = fileURLToPath(new URL('../dist/pglite-template.tar.gz', import.meta.url))

/**
 * The configured database: PostgreSQL at DATABASE_URL, or the embedded PGlite in DATA_DIR, which starts from
 * `template` when it holds no database yet (the server's; the command line's `import` needs an empty one).
 */
export function connectConfigured(env: DatabaseEnv, template?: string): Promise<Connection> {
  return env.DATABASE_URL
    ? connect({
        engine: 'postgres',
        url: env.DATABASE_URL,
        poolSize: env.POOL_SIZE,
        statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
      })
    : connect({ engine: 'pglite', dataDir: env.DATA_DIR, template })
}

/** Brings the database up to date: migrated, and seeded the first time. */
export async function prepareDatabase(connection: Connection): Promise<void> {
  await migrateToLatest(connection.db)
  await seedIfNew(connection.db)
}

/** Writes DATA_DIR_TEMPLATE, a new database prepared as the server prepares one; `node build.mjs` runs it. */
export async function writeDataDirTemplate(): Promise<void> {
  await writeFile(DATA_DIR_TEMPLATE, await makeDataDirTemplate(prepareDatabase))
}

const FIRST_RETRY_MS = 500
const LONGEST_RETRY_MS = 5_000

/**
 * Prepares the database, waiting for it while it cannot be reached: one log line per attempt, the wait doubling
 * up to 5 s. Any other failure (a migration that fails) is thrown.
 */
export async function prepareWhenReachable(
  connection: Connection,
  logger: Logger,
  stopped: () => boolean = () => false,
): Promise<boolean> {
  for (let attempt = 1, wait = FIRST_RETRY_MS; !stopped(); attempt += 1) {
    try {
      await prepareDatabase(connection)
      return true
    } catch (error) {
      if (databaseTrouble(error) !== 'unavailable') throw error
      logger.warn(
        { err: error, attempt, retryInMs: wait },
        `the database cannot be reached (attempt ${attempt}); trying again in ${wait / 1000} s`,
      )
    }
    await sleep(wait)
    wait = Math.min(wait * 2, LONGEST_RETRY_MS)
  }
  return false
}
