import type { ImportReport } from '@atlas/schema'
import type { MessageKey } from '../i18n/en'
import { formatNumber } from '../i18n/format'
import { t } from '../i18n/translate'

/**
 * A report's counts: the rows read, and the records created, updated and left as they were (or, before the
 * import, those it would create and update), with the sources it adds.
 */
export function ImportSummary({ report, applied }: { report: ImportReport; applied: boolean }) {
  const counts: [MessageKey, number][] = [
    ['import.rows', report.rows],
    [applied ? 'import.created' : 'import.toCreate', report.created],
    [applied ? 'import.updated' : 'import.toUpdate', report.updated],
    ['import.unchanged', report.unchanged],
    ['import.newSources', report.newSources],
  ]
  return (
    <dl className="import-summary">
      {counts.map(([label, count]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{formatNumber(count)}</dd>
        </div>
      ))}
    </dl>
  )
}
