import type { Kysely } from 'kysely'
import type { Database } from '../types'
import { DUMPED_TABLES, type DumpedTable } from './dumpTables'

/** How a column's values travel in a dump, by what JSON can hold without loss. */
export type Carriage =
  /** As the driver reads them: text, numbers, booleans, dates (read as text) and arrays of text. */
  | 'value'
  /** As text: a bigint or numeric can exceed what a JavaScript number holds exactly. */
  | 'text'
  /** As an ISO 8601 time in UTC to the microsecond: a JavaScript Date would drop the last three digits. */
  | 'time'
  /**
   * As JSON, written back as JSON text: the drivers would turn a JavaScript array into a PostgreSQL array. A JSON
   * `null` as the whole value reads as SQL NULL, which is what the atlas stores for a value it lacks.
   */
  | 'json'

const CARRIAGE_BY_TYPE: Readonly<Record<string, Carriage>> = {
  text: 'value',
  varchar: 'value',
  bool: 'value',
  int2: 'value',
  int4: 'value',
  float4: 'value',
  float8: 'value',
  date: 'value',
  _text: 'value',
  int8: 'text',
  numeric: 'text',
  timestamptz: 'time',
  json: 'json',
  jsonb: 'json',
}

/** A column of an exported table, as the database describes it. */
export interface DumpColumn {
  name: string
  carriage: Carriage
  /** Filled by a sequence (an identity column): an import keeps the values and moves the sequence past them. */
  generated: boolean
}

/**
 * The columns of every exported table, read from the database so that a dump holds every column whatever the
 * `Database` type says; a column of a type a dump cannot carry without loss fails the export by name.
 */
export async function dumpColumns(db: Kysely<Database>): Promise<Map<DumpedTable, DumpColumn[]>> {
  const tables = new Map((await db.introspection.getTables()).map((table) => [table.name, table]))
  const columns = new Map<DumpedTable, DumpColumn[]>()
  for (const name of DUMPED_TABLES) {
    const table = tables.get(name)
    if (!table || table.isView) throw new Error(`the database has no table "${name}": migrate it first`)
    columns.set(
      name,
      table.columns.map((column) => {
        const carriage = CARRIAGE_BY_TYPE[column.dataType]
        if (!carriage)
          throw new Error(
            `${name}.${column.name} is of type ${column.dataType}, which a dump cannot carry yet`,
          )
        return { name: column.name, carriage, generated: column.isAutoIncrementing }
      }),
    )
  }
  return columns
}
