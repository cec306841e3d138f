import type { CountryCode } from '@atlas/schema'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Palette } from '../../theme/palette'
import { LAYER_IDS, SOURCE_IDS } from '../layerIds'
import type { LayerState } from './atlasLayers'
import { match } from './expressions'

/** The countries' land, shaded by links in the choropleth, and the selected country's fill and outline. */
export function countryLayers(state: LayerState, p: Palette): LayerSpecification[] {
  const land = state.offlineBasemap ? p.land : 'rgba(0, 0, 0, 0)'
  const base = state.choropleth ? choroplethColour(state.choropleth, land, p) : land
  return [
    {
      id: LAYER_IDS.countries,
      type: 'fill',
      source: SOURCE_IDS.countries,
      paint: {
        'fill-color': state.selectedCountry
          ? ['case', ['==', ['get', 'iso'], state.selectedCountry], p.landSelected, base]
          : base,
        // Over an online basemap the countries are only a tint on its own land.
        'fill-opacity': state.offlineBasemap ? 1 : 0.6,
        // The offline basemap's coasts and borders are drawn over every edge of the countries, so the fill's own
        // smoothed edge, a second pass over every outline (some 25 ms a frame in software WebGL), would not show.
        'fill-antialias': !state.offlineBasemap,
      },
    },
    {
      id: LAYER_IDS.countryOutline,
      type: 'line',
      source: SOURCE_IDS.countries,
      filter: ['==', ['get', 'iso'], state.selectedCountry ?? ''],
      paint: { 'line-color': p.accent, 'line-width': 1.5 },
    },
  ]
}

/** Shades from the land colour (no links) through light to strong (the most links), on a square-root scale. */
export function choroplethColour(
  linksByCountry: ReadonlyMap<CountryCode, number>,
  land: string,
  p: Pick<Palette, 'choroplethLow' | 'choroplethHigh'>,
): ExpressionSpecification | string {
  const counts = [...linksByCountry].filter(([, n]) => n > 0)
  const most = Math.max(0, ...counts.map(([, n]) => n))
  if (most === 0) return land
  const value: ExpressionSpecification = ['sqrt', match('iso', Object.fromEntries(counts), 0)]
  const stops = most === 1 ? [1, p.choroplethHigh] : [1, p.choroplethLow, Math.sqrt(most), p.choroplethHigh]
  return ['interpolate', ['linear'], value, 0, land, ...stops]
}
