import { setTimeout as sleep } from 'node:timers/promises'
import { databaseTrouble } from '@atlas/api'
import { type Connection, connect, migrateToLatest, seedIfNew } from '@atlas/db'
import type { Env } from './env'
import type { Logger } from './log'

type DatabaseEnv = Pick<Env, 'DATABASE_URL' | 'DATA_DIR' | 'STATEMENT_TIMEOUT_MS' | 'POOL_SIZE'>

/** The configured database: PostgreSQL at DATABASE_URL, or the embedded PGlite in DATA_DIR. */
export function connectConfigured(env: DatabaseEnv): Promise<Connection> {
  return env.DATABASE_URL
    ? connect({
        engine: 'postgres',
        url: env.DATABASE_URL,
        poolSize: env.POOL_SIZE,
        statementTimeoutMs: env.STATEMENT_TIMEOUT_MS,
      })
    : connect({ engine: 'pglite', dataDir: env.DATA_DIR })
}

/** Brings the database up to date: migrated, and seeded the first time. */
export async function prepareDatabase(connection: Connection): Promise<void> {
  await migrateToLatest(connection.db)
  await seedIfNew(connection.db)
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
