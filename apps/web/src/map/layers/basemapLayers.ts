import type { LayerSpecification } from 'maplibre-gl'
import type { Palette } from '../../theme/palette'
import { DETAIL_TILES } from '../basemap/detailTiles'
import { LAYER_IDS, SOURCE_IDS } from '../layerIds'

/**
 * The offline basemap's own layers: the water under the countries, and their borders and coasts over them (the
 * names are label layers). An online basemap draws these itself.
 */

export function waterLayer(p: Palette): LayerSpecification {
  return { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': p.water } }
}

/**
 * The 1:50m lines, up to the zoom from which the close-up basemap's 1:10m ones take over (detailLayers.ts). Their
 * joins are MapLibre's default miter: lines this thin look the same with round ones, which cost a triangle fan at
 * each of their many vertices, a third of every frame in software WebGL (apps/bench: 250 ms a frame before, 190 after).
 */
export function borderLayers(p: Palette): LayerSpecification[] {
  return [
    {
      id: LAYER_IDS.borders,
      type: 'line',
      source: SOURCE_IDS.countryLines,
      maxzoom: DETAIL_TILES.maxZoom,
      filter: ['==', ['get', 'kind'], 'border'],
      paint: {
        'line-color': p.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2],
      },
    },
    {
      id: LAYER_IDS.coast,
      type: 'line',
      source: SOURCE_IDS.countryLines,
      maxzoom: DETAIL_TILES.maxZoom,
      filter: ['==', ['get', 'kind'], 'coast'],
      paint: {
        'line-color': p.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 0.9],
      },
    },
  ]
}
