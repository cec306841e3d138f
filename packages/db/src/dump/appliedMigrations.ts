import { DEFAULT_MIGRATION_TABLE, type Kysely } from 'kysely'
import type { Database } from '../types'

/** Kysely's record of the migrations applied, which the `Database` type leaves out. */
type MigrationTables = { [T in typeof DEFAULT_MIGRATION_TABLE]: { name: string; timestamp: string } }

/**
 * The names of the migrations applied to a database, in order: read from the database itself rather than from the
 * migrations this code knows, so that a database migrated by a newer version says so.
 */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .withTables<MigrationTables>()
    .selectFrom(DEFAULT_MIGRATION_TABLE)
    .select('name')
    .orderBy('name')
    .execute()
  return rows.map((row) => row.name)
}
