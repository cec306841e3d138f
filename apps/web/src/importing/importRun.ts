import type { ImportFormat, ImportKind, ImportReport } from '@atlas/schema'

/** The file as chosen in the dialog: what it holds, how it is read, and the file itself. */
export interface ImportSubject {
  kind: ImportKind
  format: ImportFormat
  file: File
}

/**
 * Where the dialog's last request stands: nothing sent yet; sending (the file's bytes, then the rows the server
 * has checked); done with a report; or failed. `apply` tells a check from an import. A finished run keeps the
 * subject it was about, so that a report is known to be stale once another file or kind is chosen.
 */
export type ImportRun =
  | { step: 'idle' }
  | { step: 'sending'; apply: boolean; subject: ImportSubject; sent: number; size: number; rows: number }
  | { step: 'done'; apply: boolean; subject: ImportSubject; refused: boolean; report: ImportReport }
  | { step: 'failed'; apply: boolean; subject: ImportSubject; message: string }

export type ImportRunEvent =
  | { type: 'start'; apply: boolean; subject: ImportSubject }
  | { type: 'sent'; bytes: number }
  | { type: 'rows'; rows: number }
  | { type: 'done'; refused: boolean; report: ImportReport }
  | { type: 'failed'; message: string }

export const IDLE: ImportRun = { step: 'idle' }

/** The run after an event; events of a request that is no longer being sent change nothing. */
export function importRunReducer(run: ImportRun, event: ImportRunEvent): ImportRun {
  if (event.type === 'start') {
    const { apply, subject } = event
    return { step: 'sending', apply, subject, sent: 0, size: subject.file.size, rows: 0 }
  }
  if (run.step !== 'sending') return run
  const { apply, subject } = run
  switch (event.type) {
    case 'sent':
      return { ...run, sent: event.bytes }
    case 'rows':
      // Rows are only checked once the whole file is there.
      return { ...run, sent: run.size, rows: event.rows }
    case 'done':
      return { step: 'done', apply, subject, refused: event.refused, report: event.report }
    case 'failed':
      return { step: 'failed', apply, subject, message: event.message }
  }
}

/** Whether the run is about this very file read as this kind; a report about another is only history. */
export function isAbout(run: ImportRun, subject: ImportSubject | null): boolean {
  return (
    run.step !== 'idle' &&
    subject !== null &&
    run.subject.file === subject.file &&
    run.subject.kind === subject.kind &&
    run.subject.format === subject.format
  )
}

/** Importing is offered only after a check of this file, as this kind, that found no problem. */
export function canApply(run: ImportRun, subject: ImportSubject | null): boolean {
  return (
    run.step === 'done' && !run.apply && !run.refused && run.report.issueCount === 0 && isAbout(run, subject)
  )
}
