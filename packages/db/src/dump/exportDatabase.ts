import type { ExpressionBuilder, Kysely } from 'kysely'
import type { Database } from '../types'
import { type AnyTables, anyTables, tableName } from './anyTables'
import { appliedMigrations } from './appliedMigrations'
import { type DumpColumn, dumpColumns } from './dumpColumns'
import {
  type AtlasDump,
  DUMP_FORMAT,
  DUMP_FORMAT_VERSION,
  type DumpRow,
  isJsonValue,
  type JsonValue,
} from './dumpFormat'
import { DUMPED_TABLES, type DumpedTable, TABLE_RULES } from './dumpTables'

const ISO_UTC_MICROSECONDS = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'

/**
 * The whole database as one JSON document (see `AtlasDump`): every exported table, rows in primary-key order, so
 * that exporting the same data twice gives the same tables. Read in one snapshot, so a server writing meanwhile
 * cannot leave a row pointing at one the export missed.
 */
export async function exportDatabase(db: Kysely<Database>): Promise<AtlasDump> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const columns = await dumpColumns(trx)
      const tables: AtlasDump['tables'] = {}
      for (const table of DUMPED_TABLES) tables[table] = await readTable(trx, table, columns.get(table) ?? [])
      const migration = (await appliedMigrations(trx)).at(-1)
      if (!migration) throw new Error('the database has no migration applied: there is nothing to export')
      return {
        format: DUMP_FORMAT,
        formatVersion: DUMP_FORMAT_VERSION,
        migration,
        exportedAt: new Date().toISOString(),
        tables,
      }
    })
}

async function readTable(
  db: Kysely<Database>,
  table: DumpedTable,
  columns: DumpColumn[],
): Promise<DumpRow[]> {
  let query = anyTables(db)
    .selectFrom(tableName(table))
    .select((eb) => columns.map((column) => readColumn(eb, column)))
  // Qualified, so that the order is the column's own and not that of the text a bigint is read as.
  for (const key of TABLE_RULES[table].key) query = query.orderBy(`${table}.${key}`)
  const rows = await query.execute()
  return rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column.name, jsonSafe(row[column.name], column)])),
  )
}

function readColumn(eb: ExpressionBuilder<AnyTables, string>, column: DumpColumn) {
  const ref = eb.ref(column.name)
  switch (column.carriage) {
    case 'text':
      return eb.cast<string>(ref, 'text').as(column.name)
    case 'time':
      return eb
        .fn<string>('to_char', [eb.fn('timezone', [eb.val('UTC'), ref]), eb.val(ISO_UTC_MICROSECONDS)])
        .as(column.name)
    default:
      return ref.as(column.name)
  }
}

/**
 * A value as JSON holds it, which the reads above make every value but one: a floating-point NaN or ±Infinity,
 * which travels as the text PostgreSQL reads back as the same number.
 */
function jsonSafe(value: unknown, column: DumpColumn): JsonValue {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (!isJsonValue(value)) throw new Error(`the export read a value of ${column.name} that JSON cannot hold`)
  return value
}
