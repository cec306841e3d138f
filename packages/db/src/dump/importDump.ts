import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely'
import type { Database } from '../types'
import { anyTables, tableName } from './anyTables'
import { appliedMigrations } from './appliedMigrations'
import { type DumpColumn, dumpColumns } from './dumpColumns'
import { type DumpRow, type JsonValue, parseDump } from './dumpFormat'
import { DUMPED_TABLES, type DumpedTable, TABLE_RULES } from './dumpTables'

/** Rows per insert statement: well under PostgreSQL's 65,535 parameters a statement, whatever the table. */
const ROWS_PER_INSERT = 500

/**
 * Writes a dump (parsed JSON, checked here) into an empty, migrated database and returns the rows written per
 * table. All or nothing: one transaction, so a row the database refuses leaves it as empty as it was. Ids are kept,
 * identity ones included, and their sequences moved past them. It writes the dump's rows and nothing else: no seed.
 */
export async function importDump(db: Kysely<Database>, input: unknown): Promise<Map<DumpedTable, number>> {
  const dump = parseDump(input)
  const applied = await appliedMigrations(db)
  if (!applied.includes(dump.migration)) {
    const latest = applied.at(-1)
    throw new Error(
      `the dump was exported at migration "${dump.migration}", which this database has not applied ` +
        `(${latest ? `its latest is "${latest}"` : 'it is not migrated'}): import it with a version of the atlas ` +
        'that has that migration',
    )
  }
  return db.transaction().execute(async (trx) => {
    const columns = await dumpColumns(trx)
    await refuseFilled(trx)
    const written = new Map<DumpedTable, number>()
    for (const table of DUMPED_TABLES) {
      const rows = dump.tables[table] ?? []
      try {
        await writeTable(trx, table, columns.get(table) ?? [], rows)
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error)
        throw new Error(`the dump's table "${table}" cannot be written: ${why}`, { cause: error })
      }
      written.set(table, rows.length)
    }
    return written
  })
}

/** Refuses a database that holds any row an import would write, naming the tables that hold some. */
async function refuseFilled(trx: Transaction<Database>): Promise<void> {
  const filled: string[] = []
  for (const table of DUMPED_TABLES) {
    const row = await anyTables(trx)
      .selectFrom(tableName(table))
      .select((eb) => eb.lit(1).as('one'))
      .limit(1)
      .executeTakeFirst()
    if (row) filled.push(table)
  }
  if (filled.length > 0)
    throw new Error(
      `the database is not empty (${filled.join(', ')} hold rows): import only into an empty database, ` +
        'migrated and not seeded',
    )
}

async function writeTable(
  trx: Transaction<Database>,
  table: DumpedTable,
  columns: readonly DumpColumn[],
  rows: readonly DumpRow[],
): Promise<void> {
  const byName = new Map(columns.map((column) => [column.name, column]))
  const named = new Set(rows.flatMap((row) => Object.keys(row)))
  for (const name of named) {
    if (!byName.has(name)) throw new Error(`its rows name a column "${name}" that the table does not have`)
  }
  const rule = TABLE_RULES[table]
  const ordered = 'parent' in rule ? parentsFirst(rows, rule.parent) : rows
  const values = ordered.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => [name, toParameter(value, byName.get(name))]),
    ),
  )
  const generated = columns.filter((column) => column.generated && named.has(column.name))
  for (let start = 0; start < values.length; start += ROWS_PER_INSERT) {
    const chunk = values.slice(start, start + ROWS_PER_INSERT)
    if (generated.length > 0) await insertOverriding(trx, table, [...named], chunk)
    else await anyTables(trx).insertInto(tableName(table)).values(chunk).execute()
  }
  for (const column of generated) await moveSequencePast(trx, table, column.name)
}

/** A value as the drivers take it: JSON as its text, since they would write a JavaScript array as a SQL array. */
function toParameter(value: JsonValue, column: DumpColumn | undefined): unknown {
  return column?.carriage === 'json' && value !== null ? JSON.stringify(value) : value
}

/**
 * Rows in the order a self-reference lets them be written: a row after the one it names. Rows of a cycle, which a
 * database of this schema cannot hold, go last, for the database to refuse by name.
 */
function parentsFirst(
  rows: readonly DumpRow[],
  parent: { readonly column: string; readonly references: string },
): DumpRow[] {
  const keys = new Set(rows.map((row) => row[parent.references]))
  const placed = new Set<JsonValue | undefined>()
  const ordered: DumpRow[] = []
  let pending = [...rows]
  while (pending.length > 0) {
    const ready = pending.filter((row) => {
      const up = row[parent.column]
      return up === null || up === undefined || !keys.has(up) || placed.has(up)
    })
    if (ready.length === 0) return [...ordered, ...pending]
    for (const row of ready) placed.add(row[parent.references])
    ordered.push(...ready)
    const done = new Set(ready)
    pending = pending.filter((row) => !done.has(row))
  }
  return ordered
}

/**
 * An insert that keeps the values of identity columns (`generated always`), which PostgreSQL writes only when told
 * to override them; Kysely's builder cannot say so. Every value is a bound parameter; a column a row lacks takes
 * its default.
 */
async function insertOverriding(
  trx: Transaction<Database>,
  table: DumpedTable,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const tuple = (row: Record<string, unknown>): RawBuilder<unknown> =>
    sql`(${sql.join(columns.map((column) => (column in row ? row[column] : sql`default`)))})`
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
    overriding system value values ${sql.join(rows.map(tuple))}`.execute(trx)
}

/** Moves an identity column's sequence to its largest value, so that the next row written gets a new id. */
async function moveSequencePast(
  trx: Transaction<Database>,
  table: DumpedTable,
  column: string,
): Promise<void> {
  await anyTables(trx)
    .selectFrom(tableName(table))
    .select((eb) =>
      eb
        .fn('setval', [eb.fn('pg_get_serial_sequence', [eb.val(table), eb.val(column)]), eb.fn.max(column)])
        .as('last'),
    )
    .execute()
}
