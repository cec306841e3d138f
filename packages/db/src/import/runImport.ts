import type { Readable } from 'node:stream'
import {
  type ImportFormat,
  type ImportKind,
  type ImportReport,
  importRowSchemas,
  type ParsedImportRow,
  parseImportRow,
} from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'
import { type Cells, type ImportTable, readImportTable } from './importTable'
import { institutionsHandler } from './institutions'
import { IssueLog } from './issueLog'
import type { ImportContext, KindHandler, LineRow } from './kindHandler'
import { loadInstitutionIndex, loadLinkIds, loadSourceIndex } from './knownRecords'
import { linksHandler } from './links'
import { membersHandler } from './members'
import { readCsv } from './readCsv'
import { readXlsx } from './readXlsx'
import type { SheetRow } from './sheetRow'
import { SourcePlanner } from './sources'

/** A file to import: its kind, its format, and a way to read it from the start. */
export interface ImportInput {
  kind: ImportKind
  format: ImportFormat
  open: () => Readable
}

/** How a caller follows an import: its progress, and how long a list of problems it wants. */
export interface ImportOptions {
  /** Called after every batch of rows, and once at the end. */
  onProgress?: (progress: { rows: number }) => void
  /** How many problems the report lists (all are counted); 1,000 unless told. */
  maxIssues?: number
}

/** Rows checked, and written, together: one query per table per batch, and no more than a batch held. */
const BATCH_ROWS = 1000
const DEFAULT_MAX_ISSUES = 1000

/**
 * Reads a file row by row and checks each against its kind's schema and the atlas. With a user, it also writes
 * each batch as long as no problem has been found: the caller's transaction then commits only a clean file.
 */
export async function runImport(
  db: Kysely<Database>,
  input: ImportInput,
  userId: string | null,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const issues = new IssueLog(options.maxIssues ?? DEFAULT_MAX_ISSUES)
  const source = input.open()
  const sheet = input.format === 'csv' ? readCsv(source) : readXlsx(source, input.kind)
  const table = await readImportTable(readable(sheet, input.format, issues), input.kind, issues)
  const context: ImportContext = {
    db,
    issues,
    tally: { created: 0, updated: 0, unchanged: 0 },
    columns: table.columns,
  }
  const run = <Row>(parse: (cells: Cells) => ParsedImportRow<Row>, handler: KindHandler<Row>) =>
    runRows(table, parse, handler, context, userId, options)
  let rows: number
  let sources: SourcePlanner | undefined
  if (!table.complete) {
    rows = await countRows(table, options)
  } else if (input.kind === 'members') {
    rows = await run(
      (cells) => parseImportRow(importRowSchemas.members, cells),
      membersHandler(context, await loadInstitutionIndex(db)),
    )
  } else {
    const [known, sourceIndex] = await Promise.all([loadInstitutionIndex(db), loadSourceIndex(db)])
    sources = new SourcePlanner(sourceIndex, issues)
    rows =
      input.kind === 'institutions'
        ? await run(
            (cells) => parseImportRow(importRowSchemas.institutions, cells),
            institutionsHandler(context, known, sources),
          )
        : await run(
            (cells) => parseImportRow(importRowSchemas.links, cells),
            linksHandler(context, known, await loadLinkIds(db), sources),
          )
  }
  return {
    kind: input.kind,
    rows,
    ...context.tally,
    newSources: sources?.newCount ?? 0,
    issues: issues.list(),
    issueCount: issues.count,
  }
}

async function runRows<Row>(
  table: ImportTable,
  parse: (cells: Cells) => ParsedImportRow<Row>,
  handler: KindHandler<Row>,
  { db, issues }: ImportContext,
  userId: string | null,
  { onProgress }: ImportOptions,
): Promise<number> {
  let rows = 0
  let batch: LineRow<Row>[] = []
  const flush = async () => {
    const write = await handler.checkBatch(batch)
    batch = []
    if (userId !== null && issues.count === 0) await write(db, userId)
    onProgress?.({ rows })
  }
  for await (const { line, cells } of table.rows) {
    rows += 1
    const { row, problems } = parse(cells)
    if (row !== null) batch.push({ line, row })
    for (const { column, message } of problems ?? []) issues.add(line, column, message)
    if (rows % BATCH_ROWS === 0) await flush()
  }
  await flush()
  const write = await handler.finish()
  if (userId !== null && issues.count === 0) await write(db, userId)
  return rows
}

/** Counts the rows of a file whose header is wrong, so the report still says how long it is. */
async function countRows(table: ImportTable, { onProgress }: ImportOptions): Promise<number> {
  let rows = 0
  for await (const _ of table.rows) rows += 1
  onProgress?.({ rows })
  return rows
}

/**
 * The sheet's rows, with a file that cannot be read (an XLSX that is not one, a broken zip) reported as a
 * problem of the file where reading stopped rather than thrown.
 */
async function* readable(sheet: AsyncGenerator<SheetRow>, format: ImportFormat, issues: IssueLog) {
  let line = 0
  try {
    for await (const row of sheet) {
      line = row.line
      yield row
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const where = line === 0 ? '' : ` after line ${line}`
    issues.add(line + 1, null, `the file could not be read as ${format.toUpperCase()}${where}: ${reason}`)
  }
}
