import { type DumpedTable, isDumpedTable, leftOutBecause } from './dumpTables'

/** A value as a dump holds it: JSON, so that any tool reads an export without knowing PostgreSQL's types. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** One row of a table: its columns by name. */
export type DumpRow = { [column: string]: JsonValue }

/** What a dump file says it is, so that an import recognises one and refuses anything else. */
export const DUMP_FORMAT = 'partnership-atlas'

/** Raised when the file's shape changes; an import refuses a dump written by a newer version than it reads. */
export const DUMP_FORMAT_VERSION = 1

/**
 * The whole database as one JSON document: every exported table's rows, with the migration the database was at,
 * so that an import can tell whether the tables it writes have the columns the rows name.
 */
export interface AtlasDump {
  format: typeof DUMP_FORMAT
  formatVersion: number
  /** The name of the latest migration applied to the database exported. */
  migration: string
  /** When it was exported, as an ISO 8601 time. */
  exportedAt: string
  /** A dump of an earlier migration may lack a table added since: an import leaves that table empty. */
  tables: Partial<Record<DumpedTable, DumpRow[]>>
}

/**
 * Reads a dump from parsed JSON, or throws an error that names what is wrong: not a dump, a newer format, a table
 * an export never holds, a row that is not an object. The shape is checked by hand, as @atlas/db has no zod; the
 * values themselves are checked by the database, column by column, as the import writes them.
 */
export function parseDump(input: unknown): AtlasDump {
  if (!isObject(input))
    throw new Error(`not a Partnership Atlas dump: a JSON object was expected, not ${kind(input)}`)
  const { format, formatVersion, migration, exportedAt, tables } = input
  if (format !== DUMP_FORMAT)
    throw new Error(`not a Partnership Atlas dump: "format" is ${describe(format)}, not "${DUMP_FORMAT}"`)
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    throw new Error(`the dump's "formatVersion" is ${describe(formatVersion)}, not a whole number from 1`)
  if (formatVersion > DUMP_FORMAT_VERSION)
    throw new Error(
      `the dump is of format version ${formatVersion}, newer than this version of the atlas reads ` +
        `(${DUMP_FORMAT_VERSION}): update the atlas to import it`,
    )
  if (typeof migration !== 'string' || migration === '')
    throw new Error(`the dump's "migration" is ${describe(migration)}, not a migration's name`)
  if (typeof exportedAt !== 'string')
    throw new Error(`the dump's "exportedAt" is ${describe(exportedAt)}, not a time`)
  if (!isObject(tables)) throw new Error(`the dump's "tables" is ${kind(tables)}, not an object of tables`)
  const parsed: AtlasDump['tables'] = {}
  for (const [table, rows] of Object.entries(tables)) {
    if (!isDumpedTable(table)) {
      const reason = leftOutBecause(table)
      throw new Error(
        reason
          ? `the dump holds the table "${table}", which an export leaves out (${reason})`
          : `the dump holds a table "${table}" that the atlas does not have`,
      )
    }
    if (!Array.isArray(rows))
      throw new Error(`the dump's table "${table}" is ${kind(rows)}, not an array of rows`)
    parsed[table] = rows.map((row: unknown, index) => {
      if (isDumpRow(row)) return row
      const what = isObject(row) ? 'holds a value that is not JSON' : `is ${kind(row)}, not an object`
      throw new Error(`row ${index + 1} of the dump's table "${table}" ${what}`)
    })
  }
  return { format, formatVersion, migration, exportedAt, tables: parsed }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isDumpRow(value: unknown): value is DumpRow {
  return isObject(value) && Object.values(value).every(isJsonValue)
}

/** Whether a value is one JSON can hold exactly: a finite number, not NaN or Infinity, and no undefined. */
export function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every(isJsonValue)
  return isDumpRow(value)
}

function kind(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `the ${typeof value} ${describe(value)}`
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value)
}
