import { type Kysely, Migrator } from 'kysely'
import { migrationProvider } from './migrations'
import type { Database } from './types'

/** Brings the schema to the latest migration; Kysely's lock keeps two starting processes from racing. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw new Error('database migration failed', { cause: error })
  return (results ?? []).map((result) => result.migrationName)
}
