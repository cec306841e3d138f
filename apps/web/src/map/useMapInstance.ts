import { Map as MapLibreMap, NavigationControl, setWorkerCount, setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { type RefObject, useEffect, useEffectEvent, useRef, useState } from 'react'
import type { AtlasMapProps } from './AtlasMapProps'
import { IDEOGRAPH_FONT_FAMILY } from './fonts'
import { MAPLIBRE_LOCALE } from './maplibreLocale'
import { ONLINE_BASEMAP } from './onlineBasemap'
import { offlineStyle, withAtlasSources } from './style'

// The worker ships beside the app's own files (Vite copies it), never from another host.
setWorkerUrl(workerUrl)
// MapLibre's one worker cuts every source into tiles in turn; with two, the links and the institutions are cut at
// once (a filter change at 5,000 links: about 2.1 s to idle with one, see README's Scale).
setWorkerCount(Math.min(3, Math.max(2, Math.floor((navigator.hardwareConcurrency || 2) / 2))))

/** A style the map has loaded: a new object for each, so that what goes into a style goes into each new one. */
export interface LoadedStyle {
  map: MapLibreMap
}

/**
 * The MapLibre map in `container`, made once from the props it starts with, and its style: null until one has
 * loaded and while a new one loads, since nothing can be set on a style that is loading. An online basemap has a
 * style per theme; the offline one changes colours through its layers.
 */
export function useMapInstance(
  container: RefObject<HTMLDivElement | null>,
  props: Pick<AtlasMapProps, 'view' | 'theme' | 'interactive' | 'onMapReady'>,
): { map: MapLibreMap | null; style: LoadedStyle | null } {
  const [map, setMap] = useState<MapLibreMap | null>(null)
  const [style, setStyle] = useState<LoadedStyle | null>(null)
  const styleUrl = useRef(ONLINE_BASEMAP?.[props.theme])
  const initial = useEffectEvent(() => ({ view: props.view, interactive: props.interactive ?? true }))
  const announce = useEffectEvent((created: MapLibreMap | null) => props.onMapReady?.(created))

  useEffect(() => {
    const element = container.current
    if (!element) return
    const { view, interactive } = initial()
    const created = new MapLibreMap({
      container: element,
      style: styleUrl.current ?? offlineStyle(),
      // An online basemap's style arrives from its host; the atlas's sources go beside those of each one that does.
      transformStyle: ONLINE_BASEMAP ? (_previous, next) => withAtlasSources(next) : undefined,
      center: [view.lon, view.lat],
      zoom: view.zoom,
      bearing: view.bearing,
      pitch: view.pitch,
      locale: MAPLIBRE_LOCALE,
      localIdeographFontFamily: IDEOGRAPH_FONT_FAMILY,
      fadeDuration: 0,
      attributionControl: { compact: true },
      interactive,
    })
    if (interactive) created.addControl(new NavigationControl({ visualizePitch: true }), 'top-right')
    created.on('styledataloading', () => setStyle(null))
    created.on('style.load', () => setStyle({ map: created }))
    const resize = new ResizeObserver(() => created.resize())
    resize.observe(element)
    setMap(created)
    announce(created)
    return () => {
      resize.disconnect()
      announce(null)
      created.remove()
    }
  }, [container])

  useEffect(() => {
    const url = ONLINE_BASEMAP?.[props.theme]
    if (!map || !url || url === styleUrl.current) return
    styleUrl.current = url
    map.setStyle(url)
  }, [map, props.theme])

  return { map, style }
}
