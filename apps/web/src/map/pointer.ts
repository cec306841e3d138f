import type { Map as MapLibreMap, PointLike } from 'maplibre-gl'
import { INTERACTIVE_LAYER_IDS, LAYER_IDS } from './layerIds'
import { type MapTarget, pickTarget } from './pick'

/** How far from the pointer, in pixels, an arc or a point still counts as under it: arcs are thin. */
const REACH = 5

/** What is under a point of the canvas: data within reach of it, else the country right under it. */
export function targetAt(map: MapLibreMap, { x, y }: { x: number; y: number }): MapTarget | null {
  // While a style loads its layers are not there yet, and asking for them would be an error.
  const present = INTERACTIVE_LAYER_IDS.filter((id) => map.getLayer(id))
  const data = present.filter((id) => id !== LAYER_IDS.countries)
  const box: [PointLike, PointLike] = [
    [x - REACH, y - REACH],
    [x + REACH, y + REACH],
  ]
  const near = data.length > 0 ? pickTarget(map.queryRenderedFeatures(box, { layers: data })) : null
  if (near || !present.includes(LAYER_IDS.countries)) return near
  return pickTarget(map.queryRenderedFeatures([x, y], { layers: [LAYER_IDS.countries] }))
}
