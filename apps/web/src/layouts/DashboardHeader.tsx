import type { InstitutionSummary } from '@atlas/schema'
import type { ComponentProps } from 'react'
import type { AtlasData } from '../data/useAtlasData'
import { t } from '../i18n/translate'
import { SearchBox } from '../panels/SearchBox'
import { Toolbar } from '../panels/Toolbar'

interface Props extends ComponentProps<typeof Toolbar> {
  /** Whether the filters are open where they fold away (narrow screens). */
  filtersOpen: boolean
  onToggleFilters(): void
  /** Null until the data has arrived, and with it the search. */
  data: AtlasData | null
  /** The institutions the filter shows, which the search lists first. */
  shownIds: ReadonlySet<string>
  onChooseInstitution(institution: InstitutionSummary): void
}

/** The dashboard's header: the filters' toggle, the atlas's name, the search and the toolbar. */
export function DashboardHeader({
  filtersOpen,
  onToggleFilters,
  data,
  shownIds,
  onChooseInstitution,
  ...toolbar
}: Props) {
  return (
    <header className="app-header">
      <button
        type="button"
        className="button filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="filter-panel"
        onClick={onToggleFilters}
      >
        {t('toolbar.filters')}
      </button>
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      {data ? (
        <SearchBox institutions={data.institutions} shownIds={shownIds} onChoose={onChooseInstitution} />
      ) : null}
      <Toolbar {...toolbar} />
    </header>
  )
}
