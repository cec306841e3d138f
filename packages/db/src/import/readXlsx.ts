import type { Readable } from 'node:stream'
import { foldForSearch, type ImportKind } from '@atlas/schema'
import ExcelJS, { type CellValue } from 'exceljs'
import type { SheetRow } from './sheetRow'

/**
 * The rows of an XLSX workbook's sheet for `kind`, streamed with exceljs's reader: the sheet named like the kind
 * ("Institutions", "link") where there is one, else the first. Lines are the sheet's own row numbers. The
 * workbook's shared strings (its distinct texts) are held while it is read, as XLSX requires.
 */
export async function* readXlsx(source: Readable, kind: ImportKind): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell a date from a number: without them, a date cell reads as Excel's day count.
    styles: 'cache',
    entries: 'ignore',
  })
  try {
    let first = true
    for await (const sheet of workbook) {
      // The workbook's part naming its sheets comes before them in the files Excel and exceljs write.
      const named = workbook.model?.sheets?.some((s) => namesKind(s.name, kind)) ?? false
      const name = 'name' in sheet && typeof sheet.name === 'string' ? sheet.name : ''
      const chosen = named ? namesKind(name, kind) : first
      first = false
      if (!chosen) {
        for await (const _ of sheet) {
          // Read through, so that a sheet exceljs parked in a temporary file is closed and removed.
        }
        continue
      }
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1) : []
        yield { line: row.number, values: Array.from(values, cellText) }
      }
      return
    }
  } finally {
    source.destroy()
  }
}

function namesKind(sheetName: string, kind: ImportKind): boolean {
  const name = foldForSearch(sheetName)
  return name === kind || name === kind.slice(0, -1)
}

/** A cell as the text a CSV file would hold: dates as YYYY-MM-DD, formulas as their result, links as their text. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value !== 'object') return String(value)
  if ('richText' in value) return value.richText.map((run) => run.text).join('')
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text)
  if ('error' in value) return value.error
  if ('result' in value) return cellText(value.result ?? null)
  return ''
}
