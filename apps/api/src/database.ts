import { type Connection, connect, migrateToLatest, seedIfNew } from '@atlas/db'
import type { Env } from './env'

type DatabaseEnv = Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>

/** The configured database: PostgreSQL at DATABASE_URL, or the embedded PGlite in DATA_DIR. */
export function connectConfigured(env: DatabaseEnv): Promise<Connection> {
  return env.DATABASE_URL
    ? connect({ engine: 'postgres', url: env.DATABASE_URL })
    : connect({ engine: 'pglite', dataDir: env.DATA_DIR })
}

/** Opens the configured database and brings it up to date: migrated, and seeded the first time. */
export async function openDatabase(env: DatabaseEnv): Promise<Connection> {
  const connection = await connectConfigured(env)
  await migrateToLatest(connection.db)
  await seedIfNew(connection.db)
  return connection
}
