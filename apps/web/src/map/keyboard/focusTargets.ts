import type { Map as MapLibreMap } from 'maplibre-gl'
import { LAYER_IDS } from '../layerIds'
import { type MapTarget, pickTarget } from '../pick'
import type { ScreenItem } from './stepTo'

/** An institution or a cluster of them that the keyboard can focus, where it is on the map and the screen. */
export interface FocusTarget extends ScreenItem {
  target: Extract<MapTarget, { type: 'institution' | 'cluster' }>
  lngLat: [number, number]
}

const LAYERS = [LAYER_IDS.clusters, LAYER_IDS.institutions]

/**
 * The institutions and clusters drawn in view, each once (a point on a tile's edge is drawn by both tiles): what
 * the arrow keys move between.
 */
export function focusTargets(map: MapLibreMap): FocusTarget[] {
  if (!LAYERS.every((id) => map.getLayer(id))) return []
  const { width, height } = map.getContainer().getBoundingClientRect()
  const targets = new Map<string, FocusTarget>()
  for (const feature of map.queryRenderedFeatures({ layers: LAYERS })) {
    const target = pickTarget([feature])
    if (target?.type !== 'institution' && target?.type !== 'cluster') continue
    const key = target.type === 'institution' ? `i:${target.id}` : `c:${target.clusterId}`
    if (targets.has(key) || feature.geometry.type !== 'Point') continue
    const [lon = 0, lat = 0] = feature.geometry.coordinates
    const { x, y } = map.project([lon, lat])
    if (x < 0 || y < 0 || x > width || y > height) continue
    targets.set(key, { key, x, y, target, lngLat: [lon, lat] })
  }
  return [...targets.values()]
}
