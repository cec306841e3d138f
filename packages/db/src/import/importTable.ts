import { IMPORT_COLUMNS, type ImportKind, importCitesSource } from '@atlas/schema'
import type { IssueLog } from './issueLog'
import type { SheetRow } from './sheetRow'

/** A data row's cells by column name, each trimmed and in Unicode's composed form; empty cells left out. */
export type Cells = Record<string, string>

/** A file read against its kind's columns: which columns it has, and its data rows. */
export interface ImportTable {
  columns: ReadonlySet<string>
  /** False when a column the kind needs is missing: the rows are then counted but not checked. */
  complete: boolean
  rows: AsyncGenerator<{ line: number; cells: Cells }>
}

/**
 * Reads the header (the first row that is not empty) and reports what is wrong with it: a column it does not
 * know, one named twice, one missing. Headers are matched without case, spaces read as underscores.
 */
export async function readImportTable(
  sheet: AsyncGenerator<SheetRow>,
  kind: ImportKind,
  issues: IssueLog,
): Promise<ImportTable> {
  const { required, optional } = IMPORT_COLUMNS[kind]
  const known = new Set<string>([...required, ...optional])
  const reported = issues.count
  const header = await firstRow(sheet)
  if (!header) {
    // A file that could not be read at all is reported as such by its reader, not as empty.
    if (issues.count === reported)
      issues.add(
        1,
        null,
        `the file is empty: its first line must name the columns (${[...known].join(', ')})`,
      )
    return { columns: new Set(), complete: false, rows: dataRows(sheet, []) }
  }
  const names: (string | undefined)[] = []
  const columns = new Set<string>()
  for (const written of header.values) {
    const name = written
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_')
    if (name === '') {
      names.push(undefined)
    } else if (!known.has(name)) {
      issues.add(
        header.line,
        written,
        `the column "${written}" is not a column of ${kind} files, which are: ${[...known].join(', ')}`,
      )
      names.push(undefined)
    } else if (columns.has(name)) {
      issues.add(header.line, name, `the column "${name}" appears twice`)
      names.push(undefined)
    } else {
      columns.add(name)
      names.push(name)
    }
  }
  const missing = required.filter((name) => !columns.has(name))
  for (const name of missing) {
    issues.add(header.line, name, `the file has no "${name}" column, which every ${kind} file needs`)
  }
  const citesSource =
    !importCitesSource(kind) ||
    columns.has('source') ||
    (columns.has('source_title') && columns.has('source_url'))
  if (!citesSource) {
    issues.add(
      header.line,
      'source',
      `the file has no "source" column (nor "source_title" and "source_url"): every ${kind} row must cite a source`,
    )
  }
  return { columns, complete: missing.length === 0 && citesSource, rows: dataRows(sheet, names) }
}

/** The first row that is not empty, read without closing the sheet (a `break` out of `for await` would). */
async function firstRow(sheet: AsyncGenerator<SheetRow>): Promise<SheetRow | undefined> {
  for (let next = await sheet.next(); !next.done; next = await sheet.next()) {
    if (!isEmpty(next.value.values)) return next.value
  }
  return undefined
}

async function* dataRows(sheet: AsyncGenerator<SheetRow>, names: readonly (string | undefined)[]) {
  for await (const { line, values } of sheet) {
    if (isEmpty(values)) continue
    const cells: Cells = {}
    names.forEach((name, index) => {
      const value = values[index]?.trim()
      if (name && value) cells[name] = value.normalize('NFC')
    })
    yield { line, cells }
  }
}

function isEmpty(values: readonly string[]): boolean {
  return values.every((value) => value.trim() === '')
}
