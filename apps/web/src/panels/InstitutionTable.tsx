import type { InstitutionSummary } from '@atlas/schema'
import { useId, useMemo, useState } from 'react'
import { type InstitutionRow, type SortColumn, type SortDirection, sortRows } from '../data/institutionRows'
import type { MessageKey } from '../i18n/en'
import { countryName, formatNumber } from '../i18n/format'
import { intlLocale, t } from '../i18n/translate'

interface Props {
  institutions: readonly InstitutionSummary[]
  linksByInstitution: ReadonlyMap<string, number>
  selectedId: string | null
  onChoose(institution: InstitutionSummary): void
  onClose(): void
}

const COLUMNS = [
  ['name', 'table.name'],
  ['nativeName', 'table.nativeName'],
  ['kind', 'table.kind'],
  ['city', 'table.city'],
  ['country', 'table.country'],
  ['links', 'table.links'],
] as const satisfies readonly (readonly [SortColumn, MessageKey])[]

/** The shown institutions as a sortable table: the atlas for people who do not use the map. */
export function InstitutionTable({ institutions, linksByInstitution, selectedId, onChoose, onClose }: Props) {
  const headingId = useId()
  const [sort, setSort] = useState<{ column: SortColumn; direction: SortDirection }>({
    column: 'name',
    direction: 'ascending',
  })
  const byId = useMemo(
    () => new Map(institutions.map((institution) => [institution.id, institution])),
    [institutions],
  )
  const rows = useMemo(() => {
    const unsorted: InstitutionRow[] = institutions.map((institution) => ({
      id: institution.id,
      name: institution.name,
      nativeName: institution.nativeName ?? '',
      kind: t(`institutionKind.${institution.kind}`),
      city: institution.city,
      country: countryName(institution.country),
      links: linksByInstitution.get(institution.id) ?? 0,
    }))
    return sortRows(unsorted, sort.column, sort.direction, new Intl.Collator(intlLocale))
  }, [institutions, linksByInstitution, sort])

  const sortBy = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }))

  return (
    <section className="table-panel" aria-labelledby={headingId}>
      <div className="panel-bar">
        <h2 id={headingId} className="panel-heading">
          {t('table.heading')}
        </h2>
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
                {COLUMNS.map(([column, label]) => (
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
                        {row.name}
                      </button>
                    </th>
                    <td>{row.nativeName}</td>
                    <td>{row.kind}</td>
                    <td>{row.city}</td>
                    <td>{row.country}</td>
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
