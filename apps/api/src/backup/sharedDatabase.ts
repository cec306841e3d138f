import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect, type Database, type Engine, migrateToLatest, seed } from '@atlas/db'
import { openTestDatabase } from '@atlas/db/testing'
import type { Kysely } from 'kysely'

/** A throwaway database that both a test and the command line it runs can reach. */
export interface SharedDatabase {
  /** The variables that point the command line at it. */
  env: Record<string, string>
  /**
   * Runs work on it. The embedded database is opened and closed around each call: the command line needs its
   * folder to itself.
   */
  use<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * A migrated database, seeded unless told otherwise: PGlite in a folder of its own, or a database of the
 * PostgreSQL at DATABASE_URL (made and dropped by `openTestDatabase`). For tests.
 */
export async function openSharedDatabase(
  engine: Engine,
  options: { seeded?: boolean } = {},
): Promise<SharedDatabase> {
  const seeded = options.seeded ?? true
  if (engine === 'postgres') {
    const connection = await openTestDatabase('postgres', { seeded })
    const { name } = await connection.db
      .selectNoFrom((eb) => eb.fn<string>('current_database').as('name'))
      .executeTakeFirstOrThrow()
    const url = new URL(process.env.DATABASE_URL ?? '')
    url.pathname = `/${name}`
    return {
      env: { DATABASE_URL: url.toString() },
      use: (work) => work(connection.db),
      close: () => connection.close(),
    }
  }
  const root = await mkdtemp(join(tmpdir(), 'atlas-cli-'))
  const dataDir = join(root, 'pglite')
  const use = async <T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> => {
    const connection = await connect({ engine: 'pglite', dataDir })
    try {
      return await work(connection.db)
    } finally {
      await connection.close()
    }
  }
  await use(async (db) => {
    await migrateToLatest(db)
    if (seeded) await seed(db)
  })
  return { env: { DATA_DIR: dataDir }, use, close: () => rm(root, { recursive: true, force: true }) }
}
