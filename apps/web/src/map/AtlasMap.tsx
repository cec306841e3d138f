import 'maplibre-gl/dist/maplibre-gl.css'
import './atlasMap.css'
import { useMemo, useRef } from 'react'
import type { AtlasMapProps } from './AtlasMapProps'
import { useBasemap } from './basemap/useBasemap'
import { useMapKeyboard } from './keyboard/useMapKeyboard'
import { SOURCE_IDS } from './layerIds'
import { MapTooltip } from './MapTooltip'
import { useDrawState } from './useDrawState'
import { useLayerSync } from './useLayerSync'
import { useMapClicks } from './useMapClicks'
import { useMapContent } from './useMapContent'
import { useMapInstance } from './useMapInstance'
import { useSourceData } from './useSourceData'
import { useView } from './useView'
import { useViewport } from './useViewport'

/** The atlas's map: draws the data it is given, filtered and highlighted, and reports what the person does. */
export function AtlasMap(props: AtlasMapProps) {
  const root = useRef<HTMLDivElement>(null)
  const container = useRef<HTMLDivElement>(null)
  const { map, style } = useMapInstance(container, props)
  const basemap = useBasemap()
  const viewport = useViewport(map)
  const { arcs, flows, points, highlighted, layers, lookup, summary } = useMapContent(props, viewport)

  // Data and layers go to a style once it has loaded, and again to each new one.
  useSourceData(style, SOURCE_IDS.countries, basemap?.countries)
  useSourceData(style, SOURCE_IDS.countryLines, basemap?.lines)
  useSourceData(style, SOURCE_IDS.countryLabels, basemap?.labels)
  useSourceData(style, SOURCE_IDS.arcs, arcs)
  useSourceData(style, SOURCE_IDS.flows, flows)
  useSourceData(style, SOURCE_IDS.institutions, points)
  useSourceData(style, SOURCE_IDS.highlighted, highlighted)
  useLayerSync(style, layers)
  useDrawState(
    map,
    root,
    useMemo(() => [arcs, flows, points], [arcs, flows, points]),
  )

  useView(map, props.view, props.covered, props.onViewChange)
  useMapClicks(map, props.onSelect)
  const keyboard = useMapKeyboard(map, lookup, props.onSelect)

  return (
    <div ref={root} className="atlas-map" data-theme={props.theme} aria-busy="true">
      <div ref={container} className="atlas-map__canvas" />
      {/* Not announced as it changes: a pan may change it every time. */}
      <p className="visually-hidden atlas-map__drawn">{summary}</p>
      {keyboard.focused ? (
        <div
          className="atlas-map__focus"
          aria-hidden="true"
          style={{ transform: `translate(${keyboard.focused.x}px, ${keyboard.focused.y}px)` }}
        />
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {keyboard.announcement}
      </p>
      {map && <MapTooltip map={map} lookup={lookup} />}
    </div>
  )
}

export default AtlasMap
