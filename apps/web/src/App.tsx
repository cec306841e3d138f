import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { filterAtlas, filterableAtlas } from './data/filterAtlas'
import { useAtlasData } from './data/useAtlasData'
import { EditingProvider } from './editing/EditingProvider'
import { type Layout, mapAreaSize } from './layouts/AtlasFrame'
import { DashboardLayout } from './layouts/DashboardLayout'
import { EmbedLayout } from './layouts/EmbedLayout'
import { useMapHost } from './layouts/MapSlot'
import { PresentationLayout } from './layouts/PresentationLayout'
import { useRevealSelection } from './layouts/useRevealSelection'
import { MapArea } from './MapArea'
import type { Insets } from './map/useView'
import { parseEmbedParams } from './share/embedUrl'
import { ShareViewDialog } from './share/ShareViewDialog'
import { arrivalView } from './state/arrivalView'
import type { MapView, Selection } from './state/atlasView'
import { useAtlasView, useTourLocation } from './state/useUrlState'
import { exposeMapForTests, TEST_HOOKS } from './testHooks'
import { useProjectorTheme } from './theme/useProjectorTheme'

const UNCOVERED: Insets = { top: 0, right: 0, bottom: 0, left: 0 }

/**
 * The atlas, all of it kept in the URL, in the layout the URL asks for (layouts/). The map and the share dialog
 * belong to the page rather than to a layout: one map serves every layout, so that leaving a tour keeps it where
 * it was.
 */
export function App() {
  const { atlas, update } = useAtlasView()
  const tours = useTourLocation()
  // An embed's settings come with the page and stay for its life.
  const [embed] = useState(() => parseEmbedParams(window.location.search))
  const layout: Layout = embed.embed ? 'embed' : tours.tour ? 'presentation' : 'dashboard'
  const dataState = useAtlasData()
  const data = dataState.status === 'ready' ? dataState.data : null
  const filterable = useMemo(() => data && filterableAtlas(data), [data])
  const filtered = useMemo(
    () => filterable && filterAtlas(filterable, atlas.filter),
    [filterable, atlas.filter],
  )
  /** Open with the title the image starts with, or null while the share dialog is closed. */
  const [sharing, setSharing] = useState<{ imageTitle: string } | null>(null)
  const share = useCallback((imageTitle: string) => setSharing({ imageTitle }), [])
  /** How much of the map a tour's caption and controls cover, on each side. */
  const [tourCover, setTourCover] = useState<Insets>(UNCOVERED)
  /** How much of the map the dashboard's details cover: on a phone, the sheet over its bottom. */
  const [detailsCover, setDetailsCover] = useState<Insets>(UNCOVERED)
  const covered = layout === 'presentation' ? tourCover : layout === 'dashboard' ? detailsCover : undefined
  /** The map on screen, once it exists. */
  const [map, setMap] = useState<MapLibreMap | null>(null)
  const stage = { host: useMapHost(), dataState }

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = atlas.theme
  }, [atlas.theme])
  useProjectorTheme(atlas.options.projector, atlas.theme)

  // Once, when the data arrives: a link that names no view opens on its selected institution, or on all it shows.
  const arrived = useRef(false)
  useEffect(() => {
    if (!data || !filtered || arrived.current) return
    arrived.current = true
    const view =
      layout === 'dashboard'
        ? arrivalView(atlas, data.institutions, filtered.institutions, mapAreaSize(stage.host))
        : null
    if (view) update({ view }, { history: 'replace' })
  }, [data, filtered, layout, atlas, update, stage.host])

  // On a phone, the details sheet never hides the institution it is about.
  const selected = useMemo(() => {
    const selection = atlas.selection
    if (selection?.type !== 'institution') return null
    return data?.institutions.find((institution) => institution.id === selection.id) ?? null
  }, [data, atlas.selection])
  useRevealSelection(map, layout === 'dashboard' ? selected : null, detailsCover)

  const onMapSelect = useCallback((selection: Selection) => update({ selection }), [update])
  const onViewChange = useCallback((view: MapView) => update({ view }, { history: 'replace' }), [update])
  const onMapReady = useCallback((created: MapLibreMap | null) => {
    setMap(created)
    if (TEST_HOOKS) exposeMapForTests(created)
  }, [])

  return (
    <EditingProvider map={map} data={data} update={update}>
      {layout === 'embed' ? (
        <EmbedLayout stage={stage} title={embed.title} bounds={embed.bounds} />
      ) : tours.tour ? (
        <PresentationLayout
          stage={stage}
          filterable={filterable}
          atlas={atlas}
          tour={tours.tour}
          update={update}
          onStopChange={tours.showStop}
          onExit={tours.endTour}
          onShare={share}
          onCover={setTourCover}
        />
      ) : (
        <DashboardLayout
          stage={stage}
          atlas={atlas}
          update={update}
          data={data}
          filtered={filtered}
          filterable={filterable}
          onStartTour={tours.startTour}
          onShare={share}
          onCover={setDetailsCover}
        />
      )}
      {data && filtered
        ? createPortal(
            <MapArea
              institutions={data.institutions}
              links={data.links}
              groups={data.groups}
              initiatives={data.initiatives}
              filter={atlas.filter}
              selection={atlas.selection}
              view={atlas.view}
              covered={covered}
              theme={atlas.theme}
              options={atlas.options}
              linksByCountry={filtered.linksByCountry}
              onSelect={onMapSelect}
              onViewChange={onViewChange}
              interactive={!embed.embed || embed.interactive}
              onMapReady={onMapReady}
            />,
            stage.host,
          )
        : null}
      <ShareViewDialog
        open={sharing !== null}
        onClose={() => setSharing(null)}
        imageTitle={sharing?.imageTitle ?? ''}
        atlas={atlas}
        data={data}
        filtered={filtered}
        map={map}
      />
    </EditingProvider>
  )
}
