import type { Position } from '@atlas/geo'
import { featureFilter } from '@maplibre/maplibre-gl-style-spec'
import type { Feature } from 'geojson'
import type { StyleSpecification } from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../map/layerIds'

/**
 * What the map shows, read from its style as the map has it: the institutions' source holds the shown institutions
 * where they are drawn, the arcs' source every arc, of which the arcs' layer filter picks the shown ones. An image
 * framed and labelled from these shows what the map shows, however it was filtered.
 */

export interface ShownPlace {
  name: string
  position: Position
  /** How many of its links are shown. */
  links: number
}

export interface ShownData {
  places: ShownPlace[]
  /** The vertices of the shown arcs. */
  arcPoints: Position[]
}

export function shownData(style: StyleSpecification, globalState: Record<string, unknown> = {}): ShownData {
  const places = sourceFeatures(style, SOURCE_IDS.institutions).flatMap((feature): ShownPlace[] => {
    const { geometry, properties } = feature
    if (geometry.type !== 'Point' || typeof properties?.name !== 'string') return []
    const links = typeof properties.links === 'number' ? properties.links : 0
    return [{ name: properties.name, position: toPosition(geometry.coordinates), links }]
  })
  const arcLayer = style.layers.find((layer) => layer.id === LAYER_IDS.arcs)
  const shown =
    arcLayer && 'filter' in arcLayer && arcLayer.filter
      ? featureFilter(arcLayer.filter, 'filter', globalState).filter
      : () => true
  const arcPoints = sourceFeatures(style, SOURCE_IDS.arcs).flatMap((feature) => {
    const { geometry, properties } = feature
    // The link filter reads properties alone; it is asked as MapLibre asks it, with a zoom.
    if (!shown({ zoom: 0 }, { type: 'LineString', properties: properties ?? {} })) return []
    if (geometry.type === 'LineString') return geometry.coordinates.map(toPosition)
    return geometry.type === 'MultiLineString' ? geometry.coordinates.flat().map(toPosition) : []
  })
  return { places, arcPoints }
}

/** The features of a GeoJSON source that carries its data in the style; none for one that loads a URL. */
function sourceFeatures(style: StyleSpecification, id: string): Feature[] {
  const source = style.sources[id]
  if (source?.type !== 'geojson' || typeof source.data !== 'object') return []
  const data = source.data
  if (data.type === 'FeatureCollection') return data.features
  return data.type === 'Feature' ? [data] : []
}

/** GeoJSON's position, which may carry a height, as longitude and latitude. */
function toPosition([lon = 0, lat = 0]: number[]): Position {
  return [lon, lat]
}
