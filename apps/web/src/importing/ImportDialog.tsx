import './importing.css'
import type { ImportKind } from '@atlas/schema'
import { useState } from 'react'
import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { importFormatOf } from './fileFormat'
import { ImportColumns } from './ImportColumns'
import { ImportKindChoice } from './ImportKindChoice'
import { ImportProblems } from './ImportProblems'
import { ImportStatus } from './ImportStatus'
import { ImportSummary } from './ImportSummary'
import { canApply, type ImportSubject, isAbout } from './importRun'
import { SpreadsheetField } from './SpreadsheetField'
import { useImportRun } from './useImportRun'

interface Props {
  open: boolean
  onClose(): void
  /** Called once an import has written its rows, to fetch the atlas again. */
  onImported(): void
}

/**
 * Importing a spreadsheet: the kind of records and the columns it needs, the file, a check that writes nothing and
 * reports each problem by line and column, then the import itself, all rows or none.
 */
export function ImportDialog({ open, onClose, onImported }: Props) {
  return (
    <Dialog open={open} onClose={onClose} heading={t('import.heading')} className="import-dialog">
      <ImportForm onImported={onImported} />
    </Dialog>
  )
}

function ImportForm({ onImported }: { onImported(): void }) {
  const [kind, setKind] = useState<ImportKind>('institutions')
  const [file, setFile] = useState<File | null>(null)
  const { run, check, apply } = useImportRun(onImported)
  const format = file ? importFormatOf(file.name) : null
  const subject: ImportSubject | null = file && format ? { kind, format, file } : null
  const sending = run.step === 'sending'
  const current = isAbout(run, subject)

  return (
    <div className="import-form">
      <ImportKindChoice kind={kind} onChange={setKind} disabled={sending} />
      <ImportColumns kind={kind} />
      <SpreadsheetField file={file} onChange={setFile} disabled={sending} />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!subject || sending}
          onClick={() => subject && check(subject)}
        >
          {t(run.step === 'idle' ? 'import.check' : 'import.checkAgain')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={sending || !canApply(run, subject)}
          onClick={() => subject && apply(subject)}
        >
          {t('import.apply')}
        </button>
      </div>
      <ImportStatus run={run} />
      {/* A check's report stays, faded, while the fixed file is chosen; an import's summary is done with. */}
      {run.step === 'done' && (current || !run.apply) ? (
        <section className="import-report" data-stale={!current || undefined}>
          {current ? null : <p className="hint">{t('import.stale')}</p>}
          <ImportSummary report={run.report} applied={run.apply && !run.refused} />
          <ImportProblems report={run.report} />
        </section>
      ) : null}
    </div>
  )
}
