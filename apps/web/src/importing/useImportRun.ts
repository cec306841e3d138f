import { useEffect, useReducer, useRef } from 'react'
import { IDLE, type ImportRun, type ImportRunEvent, type ImportSubject, importRunReducer } from './importRun'
import { ImportFailure, sendImport } from './sendImport'

/**
 * The dialog's requests: `check` runs the dry run, `apply` the import, each followed as it goes. Only the latest
 * request is shown. A check still running when the dialog closes or another starts is cancelled; an import is not
 * (the server is writing it), and `onImported` runs when it ends, even after the dialog has closed, so that the
 * map shows what was written.
 */
export function useImportRun(onImported: () => void): {
  run: ImportRun
  check(subject: ImportSubject): void
  apply(subject: ImportSubject): void
} {
  const [run, dispatch] = useReducer(importRunReducer, IDLE)
  const latest = useRef<{ cancel?: AbortController } | null>(null)

  useEffect(() => () => latest.current?.cancel?.abort(), [])

  const start = (subject: ImportSubject, apply: boolean) => {
    latest.current?.cancel?.abort()
    const request = apply ? {} : { cancel: new AbortController() }
    latest.current = request
    const report = (event: ImportRunEvent) => {
      if (latest.current === request) dispatch(event)
    }
    report({ type: 'start', apply, subject })
    sendImport(
      { ...subject, apply },
      {
        onSent: (bytes) => report({ type: 'sent', bytes }),
        onRows: (rows) => report({ type: 'rows', rows }),
      },
      request.cancel?.signal,
    ).then(
      ({ refused, report: answer }) => {
        report({ type: 'done', refused, report: answer })
        if (apply && !refused) onImported()
      },
      (error: unknown) => {
        // A cancelled check was left on purpose: a newer one, or the dialog's closing, took its place.
        if (request.cancel?.signal.aborted) return
        if (!(error instanceof ImportFailure)) throw error
        report({ type: 'failed', message: error.message })
      },
    )
  }

  return {
    run,
    check: (subject) => start(subject, false),
    apply: (subject) => start(subject, true),
  }
}
