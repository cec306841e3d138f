import type { ReactNode } from 'react'
import { t } from '../i18n/translate'
import type { ImportRun } from './importRun'

/**
 * What the dialog is doing or has found, in a live region so that it is announced as it changes: the share of the
 * file sent, the rows checked so far, then the outcome. A failure is an alert.
 */
export function ImportStatus({ run }: { run: ImportRun }) {
  return (
    <>
      <div role="status" className="import-status">
        {statusOf(run)}
      </div>
      <div role="alert" className="form-problems">
        {run.step === 'failed' ? (
          <p className="field-error">
            {t(run.apply ? 'import.applyFailed' : 'import.checkFailed', { message: run.message })}
          </p>
        ) : null}
      </div>
    </>
  )
}

function statusOf(run: ImportRun): ReactNode {
  switch (run.step) {
    case 'idle':
    case 'failed':
      return null
    case 'sending': {
      if (run.rows === 0 && run.sent < run.size) {
        const text = t('import.sending', { percent: Math.floor((run.sent / run.size) * 100) })
        return <ProgressLine text={text} value={run.sent} max={run.size} />
      }
      return <ProgressLine text={t(run.apply ? 'import.applying' : 'import.checking', { count: run.rows })} />
    }
    case 'done': {
      const { report } = run
      if (run.refused) return <p>{t('import.refused', { count: report.issueCount })}</p>
      if (run.apply) return <p>{t('import.done', { count: report.rows })}</p>
      if (report.issueCount > 0) return <p>{t('import.problems', { count: report.issueCount })}</p>
      return <p>{t('import.ready', { count: report.rows })}</p>
    }
  }
}

/** A bar and its words; without a maximum the bar only says that work goes on (the rows are not counted ahead). */
function ProgressLine({ text, value, max }: { text: string; value?: number; max?: number }) {
  return (
    <p className="import-progress">
      <progress value={value} max={max} aria-label={text} />
      <span>{text}</span>
    </p>
  )
}
