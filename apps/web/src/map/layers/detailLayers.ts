import type { LayerSpecification } from 'maplibre-gl'
import type { Palette } from '../../theme/palette'
import { PROJECTOR_SCALE } from '../../theme/projectorTheme'
import { DETAIL_LAYERS, DETAIL_TILES } from '../basemap/detailTiles'
import { TEXT_FONT } from '../fonts'
import { LAYER_IDS, SOURCE_IDS } from '../layerIds'
import type { Grow } from './expressions'

/**
 * The offline basemap's close-ups (basemap/detailTiles.ts), from the zoom at which the 1:50m shapes grow coarse:
 * the 1:10m land under the countries, the sea over them (the countries stay underneath, for their shading and
 * their clicks), the 1:10m borders and coasts, and the names of cities and towns.
 */
const FROM = DETAIL_TILES.maxZoom
const source = SOURCE_IDS.basemapDetail

/** Land the 1:50m countries leave out (islands, capes): under them, so their shading keeps the rest. */
export function detailLandLayer(p: Palette): LayerSpecification {
  return {
    id: LAYER_IDS.detailLand,
    type: 'fill',
    source,
    'source-layer': DETAIL_LAYERS.land,
    minzoom: FROM,
    paint: { 'fill-color': p.land },
  }
}

/** Sea where the 1:50m countries reach past the 1:10m coast: over them. */
export function detailSeaLayer(p: Palette): LayerSpecification {
  return {
    id: LAYER_IDS.detailSea,
    type: 'fill',
    source,
    'source-layer': DETAIL_LAYERS.sea,
    minzoom: FROM,
    paint: { 'fill-color': p.water },
  }
}

/** The 1:10m borders and coasts, in the 1:50m lines' colours and from the zoom those stop; miter joins, as theirs. */
export function detailLineLayers(p: Palette): LayerSpecification[] {
  const line = (id: string, kind: 'border' | 'coast', colour: string): LayerSpecification => ({
    id,
    type: 'line',
    source,
    'source-layer': DETAIL_LAYERS.lines,
    minzoom: FROM,
    filter: ['==', ['get', 'kind'], kind],
    paint: { 'line-color': colour, 'line-width': ['interpolate', ['linear'], ['zoom'], FROM, 1, 10, 1.6] },
  })
  return [line(LAYER_IDS.detailBorders, 'border', p.border), line(LAYER_IDS.detailCoast, 'coast', p.coast)]
}

/** A place of at least this many people is a city whose name wins over the institutions' labels. */
const CITY_POPULATION = 1_000_000

/**
 * Cities and towns, each from the zoom placeZooms.ts gave it, the most populous placed first where names collide.
 * Towns go below the institutions' labels, which win any collision with them; cities above, so that a close-up of
 * Beijing or Chongqing names the city among its universities (laid out around its point, displayPositions.ts).
 */
export function placeLabelLayer(p: Palette, grow: Grow, places: 'towns' | 'cities'): LayerSpecification {
  const cities = places === 'cities'
  return {
    id: cities ? LAYER_IDS.cityLabels : LAYER_IDS.placeLabels,
    type: 'symbol',
    source,
    'source-layer': DETAIL_LAYERS.places,
    filter: [
      'all',
      ['>=', ['zoom'], ['get', 'minzoom']],
      [cities ? '>=' : '<', ['get', 'population'], CITY_POPULATION],
    ],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': TEXT_FONT.regular,
      'text-size': grow(
        ['interpolate', ['linear'], ['get', 'population'], 1000, 11, 1_000_000, 13, 10_000_000, 15],
        PROJECTOR_SCALE.labelSize,
      ),
      'text-max-width': 8,
      'symbol-sort-key': ['-', ['get', 'population']],
    },
    paint: {
      'text-color': p.placeLabel,
      'text-halo-color': p.halo,
      'text-halo-width': grow(1.2, PROJECTOR_SCALE.labelHaloWidth),
    },
  }
}
