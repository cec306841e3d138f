import type { ImportReport } from '@atlas/schema'
import { t } from '../i18n/translate'
import { issuesByLine } from './issuesByLine'

/**
 * The problems of a report as a table, one group of rows per line of the file headed by the line's number, so
 * that the person fixing the spreadsheet goes down it once. The server lists the first ones and counts them all.
 */
export function ImportProblems({ report }: { report: ImportReport }) {
  if (report.issueCount === 0) return null
  const lines = issuesByLine(report.issues)
  return (
    <div className="import-problems">
      <table className="import-problems-table">
        <caption>{t('import.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.problem')}</th>
          </tr>
        </thead>
        {lines.map(({ line, problems }) => (
          // A body per line, so that the line number heads exactly that line's problems.
          <tbody key={line}>
            {problems.map(({ column, message }, index) => (
              <tr key={`${column}: ${message}`}>
                {index === 0 ? (
                  <th scope="rowgroup" rowSpan={problems.length}>
                    {line}
                  </th>
                ) : null}
                <td>{column === null ? t('import.wholeRow') : <code>{column}</code>}</td>
                <td>{message}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      {report.issues.length < report.issueCount ? (
        <p className="hint">{t('import.problemsListed', { shown: report.issues.length })}</p>
      ) : null}
    </div>
  )
}
