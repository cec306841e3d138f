import type { Kysely } from 'kysely'
import type { Database } from '../types'
import type { DumpedTable } from './dumpTables'

/** Every table seen alike, as rows of named values: a dump moves rows whatever their table's columns. */
export type AnyTables = Record<string, Record<string, unknown>>

/**
 * The database for queries that read or write every exported table alike, by a name known only when they run.
 * The same connection or transaction, with only its type widened.
 */
export function anyTables(db: Kysely<Database>): Kysely<AnyTables> {
  return db.withTables<AnyTables>()
}

/** A table's name as the plain string `anyTables` takes. */
export function tableName(table: DumpedTable): string {
  return table
}
