import type { ImportReport } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'
import { ImportRefused } from './importRefused'
import { type ImportInput, type ImportOptions, runImport } from './runImport'

export { ImportRefused } from './importRefused'
export type { ImportInput, ImportOptions } from './runImport'

/**
 * The dry run of an import: reads the file (streamed), checks every row against its kind's columns and the atlas,
 * and reports what it would create and update and every problem, writing nothing.
 */
export function planImport(
  db: Kysely<Database>,
  input: ImportInput,
  options?: ImportOptions,
): Promise<ImportReport> {
  return runImport(db, input, null, options)
}

/**
 * Imports a file in one transaction, all rows or none: the checks of the dry run are made again as it writes,
 * and a single problem throws ImportRefused with the report, leaving the atlas as it was. Every record created
 * or updated is kept in history under `userId`.
 */
export function applyImport(
  db: Kysely<Database>,
  input: ImportInput,
  userId: string,
  options?: ImportOptions,
): Promise<ImportReport> {
  return db.transaction().execute(async (trx) => {
    const report = await runImport(trx, input, userId, options)
    if (report.issueCount > 0) throw new ImportRefused(report)
    return report
  })
}
