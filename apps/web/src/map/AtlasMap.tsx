import 'maplibre-gl/dist/maplibre-gl.css'
import './atlasMap.css'
import { useRef } from 'react'
import type { AtlasMapProps } from './AtlasMapProps'
import { useBasemap } from './basemap/useBasemap'
import { SOURCE_IDS } from './layerIds'
import { MapTooltip } from './MapTooltip'
import { useLayerSync } from './useLayerSync'
import { useMapClicks } from './useMapClicks'
import { useMapContent } from './useMapContent'
import { useMapInstance } from './useMapInstance'
import { useSourceData } from './useSourceData'
import { useView } from './useView'

/** The atlas's map: draws the data it is given, filtered and highlighted, and reports what the person does. */
export function AtlasMap(props: AtlasMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const { map, style } = useMapInstance(container, props)
  const basemap = useBasemap()
  const { arcs, points, highlighted, layers, lookup } = useMapContent(props)

  // Data and layers go to a style once it has loaded, and again to each new one.
  useSourceData(style, SOURCE_IDS.countries, basemap?.countries)
  useSourceData(style, SOURCE_IDS.countryLines, basemap?.lines)
  useSourceData(style, SOURCE_IDS.countryLabels, basemap?.labels)
  useSourceData(style, SOURCE_IDS.arcs, arcs)
  useSourceData(style, SOURCE_IDS.institutions, points)
  useSourceData(style, SOURCE_IDS.highlighted, highlighted)
  useLayerSync(style, layers)

  useView(map, props.view, props.covered, props.onViewChange)
  useMapClicks(map, props.onSelect)

  return (
    <div className="atlas-map" data-theme={props.theme}>
      <div ref={container} className="atlas-map__canvas" />
      {map && <MapTooltip map={map} lookup={lookup} />}
    </div>
  )
}

export default AtlasMap
