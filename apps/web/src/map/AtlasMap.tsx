import 'maplibre-gl/dist/maplibre-gl.css'
import './atlasMap.css'
import type { FeatureCollection, Point } from 'geojson'
import {
  type GeoJSONSource,
  type LayerSpecification,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Selection } from '../state/atlasView'
import type { AtlasMapProps } from './AtlasMapProps'
import { type Basemap, loadBasemap } from './basemap/loadBasemap'
import { displayPositions } from './displayPositions'
import { arcCollection, type InstitutionProperties, institutionCollection } from './features'
import { IDEOGRAPH_FONT_FAMILY } from './fonts'
import { selectionHighlight } from './highlight'
import { type LayerChange, layerChanges } from './layerChanges'
import { SOURCE_IDS } from './layerIds'
import { atlasLayers } from './layers'
import { isLinkShown } from './linkFilter'
import { MapTooltip } from './MapTooltip'
import { mapLinks } from './mapLinks'
import { MAPLIBRE_LOCALE } from './maplibreLocale'
import { ONLINE_BASEMAP } from './onlineBasemap'
import type { MapTarget } from './pick'
import { targetAt } from './pointer'
import { offlineStyle, withAtlasLayers } from './style'
import { sameView, viewOfCamera } from './view'

// The worker ships beside the app's own files (Vite copies it), never from another host.
setWorkerUrl(workerUrl)

/** The atlas's map: draws the data it is given, filtered and highlighted, and reports what the person does. */
export function AtlasMap(props: AtlasMapProps) {
  const { institutions, links, groups, initiatives, filter, selection, theme, options, linksByCountry } =
    props
  const container = useRef<HTMLDivElement>(null)
  const [map, setMap] = useState<MapLibreMap | null>(null)
  /** Counts the styles loaded: data and layers go to a style once it has loaded, and again to each new one. */
  const [styleLoads, setStyleLoads] = useState(0)
  const basemap = useBasemap()

  const positions = useMemo(() => displayPositions(institutions), [institutions])
  const allArcs = useMemo(
    () => mapLinks(links, groups, institutions, initiatives, options.pairwise),
    [links, groups, institutions, initiatives, options.pairwise],
  )
  const arcs = useMemo(() => arcCollection(allArcs, positions), [allArcs, positions])
  const shownArcs = useMemo(() => allArcs.filter((arc) => isLinkShown(arc, filter)), [allArcs, filter])
  const points = useMemo(
    () => institutionCollection(institutions, positions, allArcs, shownArcs, filter),
    [institutions, positions, allArcs, shownArcs, filter],
  )
  const highlight = useMemo(
    () => selectionHighlight(selection, shownArcs, institutions),
    [selection, shownArcs, institutions],
  )
  const highlighted = useMemo(
    (): FeatureCollection<Point, InstitutionProperties> => ({
      type: 'FeatureCollection',
      features: points.features.filter((point) => highlight?.institutionIds.has(point.properties.id)),
    }),
    [points, highlight],
  )
  const layers = useMemo(
    () =>
      atlasLayers({
        theme,
        colourBy: options.colourBy,
        initiatives,
        filter,
        highlight,
        selectedInstitution: selection?.type === 'institution' ? selection.id : null,
        selectedCountry: selection?.type === 'country' ? selection.code : null,
        choropleth: options.choropleth ? linksByCountry : null,
        offlineBasemap: ONLINE_BASEMAP === null,
        projector: options.projector,
      }),
    [
      theme,
      options.colourBy,
      options.choropleth,
      options.projector,
      initiatives,
      filter,
      highlight,
      selection,
      linksByCountry,
    ],
  )
  const lookup = useMemo(
    () => ({
      institutions: new Map(institutions.map((institution) => [institution.id, institution])),
      linksByCountry: options.choropleth ? linksByCountry : null,
    }),
    [institutions, options.choropleth, linksByCountry],
  )

  // What the map's own event handlers and style loads read: always the latest.
  const latest = useRef({ props, layers })
  latest.current = { props, layers }
  /** The layers the map has now, to work out what to change. */
  const applied = useRef<LayerSpecification[]>([])
  /** False from asking for a new style until it has loaded: nothing can be set on a style that is loading. */
  const styleReady = useRef(false)
  const styleUrl = useRef<string | null>(null)
  /** True while this component moves the camera itself, so that the move is not reported back as the person's. */
  const movingToView = useRef(false)

  useEffect(() => {
    if (!container.current) return
    const { props: initial, layers: initialLayers } = latest.current
    const online = ONLINE_BASEMAP
    styleUrl.current = online?.[initial.theme] ?? null
    const created = new MapLibreMap({
      container: container.current,
      style: styleUrl.current ?? offlineStyle(initialLayers),
      // An online basemap's style arrives from its host; the atlas's layers go on top of each one that does.
      transformStyle: online
        ? (_previous, next) => {
            applied.current = latest.current.layers
            return withAtlasLayers(next, applied.current)
          }
        : undefined,
      center: [initial.view.lon, initial.view.lat],
      zoom: initial.view.zoom,
      bearing: initial.view.bearing,
      pitch: initial.view.pitch,
      locale: MAPLIBRE_LOCALE,
      localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
      attributionControl: { compact: true },
      interactive: initial.interactive ?? true,
    })
    if (!online) applied.current = initialLayers
    if (initial.interactive ?? true) {
      created.addControl(new NavigationControl({ visualizePitch: true }), 'top-right')
    }
    created.on('style.load', () => {
      styleReady.current = true
      setStyleLoads((count) => count + 1)
    })
    created.on('moveend', () => {
      if (movingToView.current) return
      const { view, onViewChange } = latest.current.props
      const now = viewOfCamera(cameraOf(created))
      // A resize or a move back to where the view already is moves nothing worth reporting.
      if (!sameView(now, view)) onViewChange(now)
    })
    created.on('click', (event) => {
      const target = targetAt(created, event.point)
      if (target?.type === 'cluster') zoomIntoCluster(created, target)
      else latest.current.props.onSelect(selectionOf(target))
    })
    const resize = new ResizeObserver(() => created.resize())
    resize.observe(container.current)
    window.__atlasMap = created
    setMap(created)
    initial.onMapReady?.(created)
    return () => {
      resize.disconnect()
      if (window.__atlasMap === created) delete window.__atlasMap
      latest.current.props.onMapReady?.(null)
      created.remove()
    }
  }, [])

  // An online basemap has a style per theme; the offline one changes colours through the layers below.
  useEffect(() => {
    const url = ONLINE_BASEMAP?.[theme]
    if (!map || !url || url === styleUrl.current) return
    styleUrl.current = url
    styleReady.current = false
    map.setStyle(url)
  }, [map, theme])

  // Effects that change the style run again on each style load, and skip while a style is loading.
  const ready = map && styleLoads > 0 && styleReady.current ? map : null
  useSourceData(ready, styleLoads, SOURCE_IDS.countries, basemap?.countries)
  useSourceData(ready, styleLoads, SOURCE_IDS.countryLines, basemap?.lines)
  useSourceData(ready, styleLoads, SOURCE_IDS.countryLabels, basemap?.labels)
  useSourceData(ready, styleLoads, SOURCE_IDS.arcs, arcs)
  useSourceData(ready, styleLoads, SOURCE_IDS.institutions, points)
  useSourceData(ready, styleLoads, SOURCE_IDS.highlighted, highlighted)

  useEffect(() => {
    if (!ready || styleLoads === 0 || !styleReady.current) return
    for (const change of layerChanges(applied.current, layers)) applyChange(ready, change)
    applied.current = layers
  }, [ready, styleLoads, layers])

  const { lon, lat, zoom, bearing, pitch } = props.view
  const coveredBottom = props.coveredBottom ?? 0
  useEffect(() => {
    if (!map) return
    const target = { lon, lat, zoom, bearing, pitch }
    // Never so much that no map is left to centre in.
    const padding = {
      top: 0,
      left: 0,
      right: 0,
      bottom: Math.min(coveredBottom, map.getContainer().clientHeight / 2),
    }
    const samePadding = Math.abs((map.getPadding().bottom ?? 0) - padding.bottom) < 1
    if (samePadding && sameView(viewOfCamera(cameraOf(map)), target)) return
    // The same render may have opened or closed a panel beside the map: fly within the map's new size. The resize
    // ends a move at the old view at once; that is not the person moving away from the new one.
    movingToView.current = true
    try {
      map.resize()
      map.flyTo({ center: [lon, lat], zoom, bearing, pitch, padding })
    } finally {
      movingToView.current = false
    }
  }, [map, lon, lat, zoom, bearing, pitch, coveredBottom])

  return (
    <div className="atlas-map" data-theme={theme}>
      <div ref={container} className="atlas-map__canvas" />
      {map && <MapTooltip map={map} lookup={lookup} />}
    </div>
  )
}

export default AtlasMap

/** Hands a source its data whenever the data changes, and to each newly loaded style. */
function useSourceData(
  map: MapLibreMap | null,
  styleLoads: number,
  id: string,
  data: FeatureCollection | undefined,
) {
  useEffect(() => {
    if (!map || !data || styleLoads === 0) return
    map.getSource<GeoJSONSource>(id)?.setData(data)
  }, [map, styleLoads, id, data])
}

function useBasemap(): Basemap | null {
  const [basemap, setBasemap] = useState<Basemap | null>(null)
  const [error, setError] = useState<Error | null>(null)
  useEffect(() => {
    loadBasemap().then(setBasemap, setError)
  }, [])
  // Thrown while rendering, so the app's error boundary shows it.
  if (error) throw error
  return basemap
}

function applyChange(map: MapLibreMap, change: LayerChange): void {
  if (change.kind === 'filter') map.setFilter(change.layerId, change.value)
  else if (change.kind === 'paint') map.setPaintProperty(change.layerId, change.name, change.value)
  else map.setLayoutProperty(change.layerId, change.name, change.value)
}

function cameraOf(map: MapLibreMap) {
  return { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() }
}

function selectionOf(target: MapTarget | null): Selection {
  switch (target?.type) {
    case 'institution':
      return { type: 'institution', id: target.id }
    case 'link':
      return { type: 'link', id: target.linkId }
    case 'country':
      return { type: 'country', code: target.code }
    default:
      return null
  }
}

function zoomIntoCluster(map: MapLibreMap, target: Extract<MapTarget, { type: 'cluster' }>): void {
  const source = map.getSource<GeoJSONSource>(SOURCE_IDS.institutions)
  source
    ?.getClusterExpansionZoom(target.clusterId)
    // The cluster may be gone when the data changed meanwhile: then just zoom in.
    .catch(() => map.getZoom() + 2)
    .then((zoom) => map.easeTo({ center: target.position, zoom }))
}
