import type { ImportReport } from '@atlas/schema'

/** Thrown by applyImport when the file has a problem: the transaction is rolled back and the report says why. */
export class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    super(
      `the file has ${report.issueCount} ${report.issueCount === 1 ? 'problem' : 'problems'}, so nothing was imported`,
    )
    this.name = 'ImportRefused'
  }
}
