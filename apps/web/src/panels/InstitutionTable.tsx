import type { InstitutionSummary } from '@atlas/schema'
import { useId, useMemo, useRef, useState } from 'react'
import {
  institutionRows,
  rowsCsv,
  type SortColumn,
  type SortDirection,
  sortRows,
  TABLE_COLUMNS,
  type TableData,
} from '../data/institutionRows'
import { formatNumber } from '../i18n/format'
import { intlLocale, t } from '../i18n/translate'
import { csvBlob } from '../share/csvExport'
import { downloadBlob, exportFileName } from '../share/download'
import { useFocusReturn } from './useFocusReturn'

interface Props extends TableData {
  selectedId: string | null
  onChoose(institution: InstitutionSummary): void
  onClose(): void
}

/**
 * The shown institutions as a table that sorts by any column and exports what it shows: the atlas for people who
 * do not use the map.
 */
export function InstitutionTable({ selectedId, onChoose, onClose, ...data }: Props) {
  const headingId = useId()
  const panel = useRef<HTMLElement>(null)
  useFocusReturn(panel)
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
    column: 'name',
    direction: 'ascending',
  })
  const { institutions, links, linksByInstitution, groups, initiatives } = data
  const byId = useMemo(
    () => new Map(institutions.map((institution) => [institution.id, institution])),
    [institutions],
  )
  const unsorted = useMemo(
    () => institutionRows({ institutions, links, linksByInstitution, groups, initiatives }),
    [institutions, links, linksByInstitution, groups, initiatives],
  )
  const rows = useMemo(
    () => sortRows(unsorted, sort.column, sort.direction, new Intl.Collator(intlLocale)),
    [unsorted, sort],
  )

  const sortBy = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }))

  return (
    <section ref={panel} className="table-panel" aria-labelledby={headingId}>
      <div className="panel-bar">
        <h2 id={headingId} className="panel-heading">
          {t('table.heading')}
        </h2>
        <button
          type="button"
          className="button"
          disabled={rows.length === 0}
          onClick={() => downloadBlob(csvBlob(rowsCsv(rows)), exportFileName(t('table.heading'), 'csv'))}
        >
          {t('table.export')}
        </button>
        <button type="button" className="button icon-button" aria-label={t('table.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="hint">{t('table.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="institution-table">
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              <tr>
                {TABLE_COLUMNS.map(([column, label]) => (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={sort.column === column ? sort.direction : undefined}
                    className={column === 'links' ? 'numeric' : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => sortBy(column)}>
                      {t(label)}
                      <span className="sort-mark" aria-hidden="true">
                        {sort.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const institution = byId.get(row.id)
                return (
                  <tr key={row.id} className={row.id === selectedId ? 'selected' : undefined}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        aria-current={row.id === selectedId ? 'true' : undefined}
                        onClick={() => institution && onChoose(institution)}
                      >
                        <span lang={row.langs.name ?? undefined}>{row.name}</span>
                      </button>
                    </th>
                    <td lang={row.langs.otherName ?? undefined}>{row.otherName}</td>
                    <td>{row.kind}</td>
                    <td>{row.city}</td>
                    <td>{row.country}</td>
                    <td>{row.initiatives}</td>
                    <td>{row.roles}</td>
                    <td className="numeric">{formatNumber(row.links)}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
