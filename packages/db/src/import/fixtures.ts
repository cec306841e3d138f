import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { ImportFormat, ImportKind } from '@atlas/schema'
import ExcelJS from 'exceljs'
import type { Kysely } from 'kysely'
import Papa from 'papaparse'
import type { Database } from '../types'
import type { ImportInput } from './runImport'

// Files for the import's tests, built from rows of text as a spreadsheet would hold them.

/** A CSV file of the text, read from the start at each `open`. */
export function csvFile(kind: ImportKind, text: string): ImportInput {
  const bytes = Buffer.from(text, 'utf8')
  return { kind, format: 'csv', open: () => Readable.from([bytes]) }
}

/**
 * The same rows as an XLSX workbook: a notes sheet first, then the data in a sheet named for the kind, numbers
 * stored as numbers, as a spreadsheet program would store them.
 */
export async function xlsxFile(kind: ImportKind, text: string): Promise<ImportInput> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Notes').addRow(['Rows for the atlas'])
  const sheet = workbook.addWorksheet(kind[0]?.toUpperCase() + kind.slice(1))
  for (const row of Papa.parse<string[]>(text.trim()).data) {
    sheet.addRow(row.map((cell) => (/^-?\d+\.\d+$/.test(cell) ? Number(cell) : cell)))
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
  return { kind, format: 'xlsx' satisfies ImportFormat, open: () => Readable.from([bytes]) }
}

const DATA_TABLES = [
  'sources',
  'institutions',
  'institution_sources',
  'facts',
  'links',
  'link_initiatives',
  'groups',
  'group_members',
  'changes',
] as const

/** Each data table's row count and a hash of its rows, to show that a refused import changed nothing. */
export async function tableDigests(db: Kysely<Database>): Promise<Record<string, string>> {
  const digests: Record<string, string> = {}
  for (const table of DATA_TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()).map((row) => JSON.stringify(row)).sort()
    digests[table] = `${rows.length} ${createHash('sha256').update(rows.join('\n')).digest('hex')}`
  }
  return digests
}

/** An editor to whom the tests' imports are credited. */
export async function addEditor(db: Kysely<Database>, id: string): Promise<string> {
  await db
    .insertInto('users')
    .values({
      id,
      email: `${id}@example.org`,
      name: null,
      role: 'editor',
      created_by: null,
      created_at: new Date(),
    })
    .execute()
  return id
}
