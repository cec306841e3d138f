import type { Database } from '../types'

/** A column of a table, as the `Database` type names it. */
type ColumnOf<T extends keyof Database> = keyof Database[T] & string

/** How an export treats one table: its rows in primary-key order, or left out for the reason given. */
type TableRule<T extends keyof Database> =
  | {
      /** The primary key, which orders the rows so that two exports of the same data are the same text. */
      key: readonly [ColumnOf<T>, ...ColumnOf<T>[]]
      /** A column referring to another row of the same table: an import writes the row it names first. */
      parent?: { column: ColumnOf<T>; references: ColumnOf<T> }
    }
  | { leftOut: string }

/**
 * Every table of the `Database` type (the compiler refuses a table added there until it is listed here), in the
 * order an import writes them: each after the tables its foreign keys name. A test holds this to the database's
 * own catalogue: the same tables, the same primary keys, and no foreign key to a table written later.
 */
export const TABLE_RULES = {
  sources: { key: ['id'] },
  initiatives: { key: ['id'], parent: { column: 'parent_id', references: 'id' } },
  initiative_sources: { key: ['initiative_id', 'source_id'] },
  institutions: { key: ['id'] },
  institution_sources: { key: ['institution_id', 'source_id'] },
  facts: { key: ['id'] },
  groups: { key: ['id'] },
  group_initiatives: { key: ['group_id', 'initiative_id'] },
  group_members: { key: ['group_id', 'institution_id'] },
  links: { key: ['id'] },
  link_initiatives: { key: ['link_id', 'initiative_id'] },
  tours: { key: ['id'] },
  tour_sources: { key: ['tour_id', 'source_id'] },
  tour_stops: { key: ['tour_id', 'position'] },
  // The seed's version: kept, so a server started on the imported database does not seed it again.
  atlas_meta: { key: ['key'] },
  // With the password hashes, so editors sign in after an import as before: an export is as private as a backup.
  users: { key: ['id'], parent: { column: 'created_by', references: 'id' } },
  changes: { key: ['id'] },
  link_own_initiatives: { leftOut: 'a view over link_initiatives and initiatives, which are exported' },
  // Sign-in state is short-lived and says who is signed in now, not what the atlas holds: carried into another
  // database it would keep alive there sessions and links already ended or used here. People sign in again.
  sessions: { leftOut: 'sessions end; after an import editors sign in again' },
  sign_in_links: { leftOut: 'sign-in links are for one use within hours; an admin sends new ones' },
  sign_in_failures: { leftOut: 'counts of failed sign-ins by address, kept only to slow guessing down' },
} as const satisfies { [T in keyof Database]: TableRule<T> }

type Rules = typeof TABLE_RULES

/** A table whose rows an export holds. */
export type DumpedTable = { [T in keyof Rules]: Rules[T] extends { key: unknown } ? T : never }[keyof Rules]

const RULES_BY_NAME = new Map<string, Rules[keyof Rules]>(Object.entries(TABLE_RULES))

/** Whether a table's rows belong in an export (a name read from a dump file is checked with it). */
export function isDumpedTable(name: string): name is DumpedTable {
  const rule = RULES_BY_NAME.get(name)
  return rule !== undefined && 'key' in rule
}

/** Why a table of the database is not exported, or undefined for an exported table or a name it does not have. */
export function leftOutBecause(name: string): string | undefined {
  const rule = RULES_BY_NAME.get(name)
  return rule && 'leftOut' in rule ? rule.leftOut : undefined
}

/** The exported tables in the order an import writes them. */
export const DUMPED_TABLES: readonly DumpedTable[] = Object.keys(TABLE_RULES).filter(isDumpedTable)
