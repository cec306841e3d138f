import Papa from 'papaparse'
import type { AtlasDump, JsonValue } from './dumpFormat'
import { DUMPED_TABLES, type DumpedTable } from './dumpTables'

/**
 * Each table of a dump as CSV text for a spreadsheet (RFC 4180: comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled). The header names the columns; arrays and JSON are
 * written as JSON text. A null is an empty field and an empty text a quoted one (""), as PostgreSQL's COPY tells
 * them apart. Text that a spreadsheet would run as a formula (=, +, -, @ first) is defused by a leading
 * apostrophe, as OWASP advises and as the web app's CSV does: the JSON, not the CSV, is the exact copy. A table
 * without rows, whose columns the dump cannot name, is empty text.
 */
export function dumpToCsv(dump: AtlasDump): Partial<Record<DumpedTable, string>> {
  const csv: Partial<Record<DumpedTable, string>> = {}
  for (const table of DUMPED_TABLES) {
    const rows = dump.tables[table]
    if (!rows) continue
    const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))]
    csv[table] =
      fields.length === 0
        ? ''
        : Papa.unparse(
            { fields, data: rows.map((row) => fields.map((field) => cell(row[field]))) },
            { newline: '\r\n', quotes: (value: unknown) => value === '', escapeFormulae: true },
          )
  }
  return csv
}

function cell(value: JsonValue | undefined): string | number | boolean | null {
  if (value === undefined) return null
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : value
}
