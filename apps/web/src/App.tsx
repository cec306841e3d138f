import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { filterAtlas } from './data/filterAtlas'
import { useAtlasData } from './data/useAtlasData'
import type { Layout } from './layouts/AtlasFrame'
import { DashboardLayout } from './layouts/DashboardLayout'
import { EmbedLayout } from './layouts/EmbedLayout'
import { useMapHost } from './layouts/MapSlot'
import { PresentationLayout } from './layouts/PresentationLayout'
import { MapArea } from './MapArea'
import { parseEmbedParams } from './share/embedUrl'
import { ShareViewDialog } from './share/ShareViewDialog'
import { arrivalView } from './state/arrivalView'
import type { MapView, Selection } from './state/atlasView'
import { useAtlasView, useTourLocation } from './state/useUrlState'
import { exposeMapForTests, TEST_HOOKS } from './testHooks'
import { useProjectorTheme } from './theme/useProjectorTheme'

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
  const filtered = useMemo(() => data && filterAtlas(data, atlas.filter), [data, atlas.filter])
  /** Open with the title the image starts with, or null while the share dialog is closed. */
  const [sharing, setSharing] = useState<{ imageTitle: string } | null>(null)
  const share = useCallback((imageTitle: string) => setSharing({ imageTitle }), [])
  /** How much of the map a tour's caption covers, at the bottom. */
  const [captionCover, setCaptionCover] = useState(0)
  const map = useRef<MapLibreMap | null>(null)
  const stage = { host: useMapHost(), dataState }

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = atlas.theme
  }, [atlas.theme])
  useProjectorTheme(atlas.options.projector, atlas.theme)

  // Once, when the data arrives: a link that selects an institution without naming a view opens on it.
  const arrived = useRef(false)
  useEffect(() => {
    if (!data || arrived.current) return
    arrived.current = true
    const view = layout === 'dashboard' ? arrivalView(atlas, data.institutions) : null
    if (view) update({ view }, { history: 'replace' })
  }, [data, layout, atlas, update])

  const onMapSelect = useCallback((selection: Selection) => update({ selection }), [update])
  const onViewChange = useCallback((view: MapView) => update({ view }, { history: 'replace' }), [update])
  const onMapReady = useCallback((created: MapLibreMap | null) => {
    map.current = created
    if (TEST_HOOKS) exposeMapForTests(created)
  }, [])

  return (
    <>
      {layout === 'embed' ? (
        <EmbedLayout stage={stage} title={embed.title} />
      ) : tours.tour ? (
        <PresentationLayout
          stage={stage}
          tour={tours.tour}
          update={update}
          onStopChange={tours.showStop}
          onExit={tours.endTour}
          onShare={share}
          onCaptionCover={setCaptionCover}
        />
      ) : (
        <DashboardLayout
          stage={stage}
          atlas={atlas}
          update={update}
          data={data}
          filtered={filtered}
          onStartTour={tours.startTour}
          onShare={share}
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
              coveredBottom={layout === 'presentation' ? captionCover : 0}
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
    </>
  )
}
