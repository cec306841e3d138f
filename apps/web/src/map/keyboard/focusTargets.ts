import type { Map as MapLibreMap } from 'maplibre-gl'
import { LAYER_IDS } from '../layerIds'
import { type MapTarget, pickTarget } from '../pick'
import type { ScreenItem } from './stepTo'

/**
 * Something drawn on the map that the keyboard can focus (an institution, a cluster of them, a link's arc or a flow
 * of links), where it is on the map and the screen: a point's own place, a line's middle.
 */
export interface FocusTarget extends ScreenItem {
  target: Exclude<MapTarget, { type: 'country' }>
  lngLat: [number, number]
}

const LAYERS = [
  LAYER_IDS.clusters,
  LAYER_IDS.institutions,
  LAYER_IDS.arcs,
  LAYER_IDS.arcsSecondColour,
  LAYER_IDS.flows,
  LAYER_IDS.flowsSecondColour,
]

/**
 * What is drawn in view and opens on a click, each once (a feature on a tile's edge is drawn by both tiles, a link
 * of two initiatives by two layers): what the arrow keys move between.
 */
export function focusTargets(map: MapLibreMap): FocusTarget[] {
  const layers = LAYERS.filter((id) => map.getLayer(id))
  if (!layers.includes(LAYER_IDS.institutions)) return []
  const { width, height } = map.getContainer().getBoundingClientRect()
  const targets = new Map<string, FocusTarget>()
  for (const feature of map.queryRenderedFeatures({ layers })) {
    const target = pickTarget([feature])
    if (!target || target.type === 'country') continue
    const key = keyOf(target)
    const lngLat = placeOf(feature.geometry)
    if (targets.has(key) || !lngLat) continue
    const { x, y } = map.project(lngLat)
    if (x < 0 || y < 0 || x > width || y > height) continue
    targets.set(key, { key, x, y, target, lngLat })
  }
  return [...targets.values()]
}

function keyOf(target: FocusTarget['target']): string {
  switch (target.type) {
    case 'institution':
      return `i:${target.id}`
    case 'cluster':
      return `c:${target.clusterId}`
    case 'link':
      return `l:${target.linkId}`
    case 'flow':
      return `f:${[target.from, target.to].map((end) => `${end.country}/${end.city}`).join(':')}`
  }
}

/** A point's place, or the middle vertex of a line (of its first part, where a tile's edge cut it). */
function placeOf(geometry: GeoJSON.Geometry): [number, number] | null {
  const line =
    geometry.type === 'LineString'
      ? geometry.coordinates
      : geometry.type === 'MultiLineString'
        ? geometry.coordinates[0]
        : geometry.type === 'Point'
          ? [geometry.coordinates]
          : undefined
  const [lon, lat] = line?.[Math.floor(line.length / 2)] ?? []
  return lon === undefined || lat === undefined ? null : [lon, lat]
}
