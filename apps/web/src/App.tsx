import type { CountryCode, InstitutionSummary } from '@atlas/schema'
import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useState } from 'react'
import { filterAtlas, yearDomain } from './data/filterAtlas'
import { useAtlasData } from './data/useAtlasData'
import { t } from './i18n/translate'
import { MapArea } from './MapArea'
import { CountsBar } from './panels/CountsBar'
import { DataStatus } from './panels/DataStatus'
import { DetailsPanel } from './panels/DetailsPanel'
import { FilterPanel } from './panels/FilterPanel'
import { Legend } from './panels/Legend'
import { LoadBoundary } from './panels/LoadBoundary'
import { SearchBox } from './panels/SearchBox'
import { Toolbar } from './panels/Toolbar'
import type { MapView, Selection } from './state/atlasView'
import { FOCUS_ZOOM } from './state/defaultAtlasView'
import { useAtlasView } from './state/useAtlasView'

const InstitutionTable = lazy(() =>
  import('./panels/InstitutionTable').then((module) => ({ default: module.InstitutionTable })),
)

/** The dashboard: filters, search and details around the full-screen map, all of it kept in the URL. */
export function App() {
  const { atlas, update } = useAtlasView()
  const dataState = useAtlasData()
  const data = dataState.status === 'ready' ? dataState.data : null
  const filtered = useMemo(() => data && filterAtlas(data, atlas.filter), [data, atlas.filter])
  const domain = useMemo(() => data && yearDomain(data.links), [data])
  const shownIds = useMemo(
    () => new Set(filtered?.institutions.map((institution) => institution.id)),
    [filtered],
  )
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [tableOpen, setTableOpen] = useState(false)
  const [focusRequest, setFocusRequest] = useState(0)

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = atlas.theme
  }, [atlas.theme])

  const chooseInstitution = useCallback(
    (institution: InstitutionSummary) => {
      update((current) => ({
        selection: { type: 'institution', id: institution.id },
        view: { ...current.view, lon: institution.lon, lat: institution.lat, zoom: FOCUS_ZOOM },
      }))
      setFocusRequest((count) => count + 1)
    },
    [update],
  )
  const selectFromPanel = useCallback(
    (selection: Selection) => {
      update({ selection })
      setFocusRequest((count) => count + 1)
    },
    [update],
  )
  const filterToCountry = useCallback(
    (code: CountryCode) => update((current) => ({ filter: { ...current.filter, countries: [code] } })),
    [update],
  )
  const onMapSelect = useCallback((selection: Selection) => update({ selection }), [update])
  const onViewChange = useCallback((view: MapView) => update({ view }, { history: 'replace' }), [update])

  return (
    <div className="app">
      <header className="app-header">
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filter-panel"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {t('toolbar.filters')}
        </button>
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        {data ? (
          <SearchBox institutions={data.institutions} shownIds={shownIds} onChoose={chooseInstitution} />
        ) : null}
        <Toolbar
          theme={atlas.theme}
          options={atlas.options}
          tableOpen={tableOpen}
          onTheme={(theme) => update({ theme })}
          onOptions={(options) => update({ options })}
          onToggleTable={() => setTableOpen((open) => !open)}
        />
      </header>
      <div className="app-body">
        {data && filtered && domain ? (
          <nav
            id="filter-panel"
            className="side-panel filter-side"
            data-open={filtersOpen}
            aria-label={t('filters.heading')}
          >
            <FilterPanel
              filter={atlas.filter}
              initiatives={data.initiatives}
              institutions={data.institutions}
              links={data.links}
              domain={domain}
              onChange={(filter, options) => update({ filter }, options)}
            />
          </nav>
        ) : null}
        <main className="map-area">
          {data && filtered ? (
            <>
              <MapArea
                institutions={data.institutions}
                links={data.links}
                groups={data.groups}
                initiatives={data.initiatives}
                filter={atlas.filter}
                selection={atlas.selection}
                view={atlas.view}
                theme={atlas.theme}
                options={atlas.options}
                linksByCountry={filtered.linksByCountry}
                onSelect={onMapSelect}
                onViewChange={onViewChange}
              />
              <CountsBar counts={filtered.counts} />
              <Legend
                initiatives={data.initiatives}
                institutions={data.institutions}
                links={data.links}
                options={atlas.options}
                theme={atlas.theme}
                linksByCountry={filtered.linksByCountry}
              />
              {tableOpen ? (
                <LoadBoundary>
                  <Suspense fallback={<p className="hint">{t('status.loadingPart')}</p>}>
                    <InstitutionTable
                      institutions={filtered.institutions}
                      linksByInstitution={filtered.linksByInstitution}
                      selectedId={atlas.selection?.type === 'institution' ? atlas.selection.id : null}
                      onChoose={chooseInstitution}
                      onClose={() => setTableOpen(false)}
                    />
                  </Suspense>
                </LoadBoundary>
              ) : null}
            </>
          ) : dataState.status !== 'ready' ? (
            <DataStatus state={dataState} />
          ) : null}
        </main>
        {data && filtered && atlas.selection ? (
          <DetailsPanel
            selection={atlas.selection}
            data={data}
            filtered={filtered}
            filter={atlas.filter}
            focusRequest={focusRequest}
            onClose={() => update({ selection: null })}
            onSelect={selectFromPanel}
            onChooseInstitution={chooseInstitution}
            onFilterToCountry={filterToCountry}
          />
        ) : null}
      </div>
    </div>
  )
}
