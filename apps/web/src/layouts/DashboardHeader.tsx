import type { ComponentProps } from 'react'
import type { SearchTarget } from '../data/atlasSearch'
import type { AtlasData } from '../data/useAtlasData'
import { t } from '../i18n/translate'
import { SearchBox } from '../panels/SearchBox'
import { ToolbarMenu } from '../panels/ToolbarMenu'

interface Props extends ComponentProps<typeof ToolbarMenu> {
  /** Whether the filters are open where they fold away (narrow screens). */
  filtersOpen: boolean
  onToggleFilters(): void
  /** Null until the data has arrived, and with it the search. */
  data: AtlasData | null
  /** The institutions the filter shows, which the search lists first. */
  shownIds: ReadonlySet<string>
  onChooseSearchResult(target: SearchTarget): void
}

/** The dashboard's header: the filters' toggle, the atlas's name, the search and the toolbar (a menu on a phone). */
export function DashboardHeader({
  filtersOpen,
  onToggleFilters,
  data,
  shownIds,
  onChooseSearchResult,
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
      {data ? <SearchBox data={data} shownIds={shownIds} onChoose={onChooseSearchResult} /> : null}
      <ToolbarMenu {...toolbar} />
    </header>
  )
}
