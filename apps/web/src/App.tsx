import type { CountryCode, InstitutionSummary } from '@atlas/schema'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
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
import { TourPresentation } from './present/TourPresentation'
import { ToursDialog } from './present/ToursDialog'
import { useProjectorTheme } from './present/useProjectorTheme'
import { useTourLocation } from './present/useTourLocation'
import { EmbedBar } from './share/EmbedBar'
import { parseEmbedParams } from './share/embedUrl'
import { viewTitle } from './share/imageContent'
import { ShareViewDialog } from './share/ShareViewDialog'
import { arrivalView } from './state/arrivalView'
import type { MapView, Selection } from './state/atlasView'
import { FOCUS_ZOOM } from './state/defaultAtlasView'
import { useAtlasView } from './state/useAtlasView'

const InstitutionTable = lazy(() =>
  import('./panels/InstitutionTable').then((module) => ({ default: module.InstitutionTable })),
)

/**
 * How the page shows the atlas: the dashboard (panels around the map), a tour presented over the map alone
 * (`?tour=`, present/tourUrl.ts), or the map alone embedded in another page (`?embed=1`, share/embedUrl.ts).
 */
type Layout = 'dashboard' | 'presentation' | 'embed'

/**
 * The atlas: filters, search and details around the full-screen map, all of it kept in the URL; for a tour or an
 * embed, the same map without them. One map serves every layout, so that leaving a tour keeps it where it was.
 */
export function App() {
  const { atlas, update } = useAtlasView()
  const tours = useTourLocation()
  // An embed's settings come with the page and stay for its life.
  const [embed] = useState(() => parseEmbedParams(window.location.search))
  const layout: Layout = embed.embed ? 'embed' : tours.tour ? 'presentation' : 'dashboard'
  const dashboard = layout === 'dashboard'
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
  const [toursOpen, setToursOpen] = useState(false)
  /** Open with the title the image starts with, or null while the share dialog is closed. */
  const [sharing, setSharing] = useState<{ imageTitle: string } | null>(null)
  const map = useRef<MapLibreMap | null>(null)
  /** How much of the map a tour's caption covers, at the bottom. */
  const [captionCover, setCaptionCover] = useState(0)

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = atlas.theme
  }, [atlas.theme])
  useProjectorTheme(atlas.options.projector, atlas.theme)

  // Once, when the data arrives: a link that selects an institution without naming a view opens on it.
  const arrived = useRef(false)
  useEffect(() => {
    if (!data || arrived.current) return
    arrived.current = true
    const view = dashboard ? arrivalView(atlas, data.institutions) : null
    if (view) update({ view }, { history: 'replace' })
  }, [data, dashboard, atlas, update])

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
  const onMapReady = useCallback((created: MapLibreMap | null) => {
    map.current = created
  }, [])

  return (
    <div className="app" data-layout={layout}>
      {dashboard ? (
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
            onTours={() => setToursOpen(true)}
            onShare={() => setSharing({ imageTitle: viewTitle(atlas.filter, data?.initiatives ?? []) })}
          />
        </header>
      ) : null}
      <div className="app-body">
        {dashboard && data && filtered && domain ? (
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
                coveredBottom={layout === 'presentation' ? captionCover : 0}
                theme={atlas.theme}
                options={atlas.options}
                linksByCountry={filtered.linksByCountry}
                onSelect={onMapSelect}
                onViewChange={onViewChange}
                interactive={!embed.embed || embed.interactive}
                onMapReady={onMapReady}
              />
              {layout === 'embed' ? <EmbedBar title={embed.title} /> : null}
              {dashboard ? (
                <>
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
              ) : null}
            </>
          ) : dataState.status !== 'ready' ? (
            <DataStatus state={dataState} />
          ) : null}
        </main>
        {dashboard && data && filtered && atlas.selection ? (
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
      {layout === 'presentation' && tours.tour ? (
        <TourPresentation
          tourId={tours.tour.tourId}
          kiosk={tours.tour.kiosk}
          initialStop={tours.tour.stopIndex}
          dwellMs={tours.tour.timing.dwellMs}
          idleMs={tours.tour.timing.idleMs}
          onApply={(stopView) => update(stopView, { history: 'replace' })}
          onStopChange={tours.showStop}
          onExit={tours.end}
          onShare={(stop) => setSharing({ imageTitle: stop.title })}
          onCaptionCover={setCaptionCover}
        />
      ) : null}
      <ToursDialog
        open={toursOpen}
        onClose={() => setToursOpen(false)}
        onStart={(tourId, options) => {
          setToursOpen(false)
          tours.start(tourId, options)
        }}
      />
      <ShareViewDialog
        open={sharing !== null}
        onClose={() => setSharing(null)}
        imageTitle={sharing?.imageTitle ?? ''}
        atlas={atlas}
        data={data}
        filtered={filtered}
        map={map}
      />
    </div>
  )
}
