import { describe, expect, it } from 'vitest'
import { PALETTES } from '../../theme/palette'
import { DEFAULT_LAYER_STATE } from '../fixtures'
import { LAYER_IDS } from '../layerIds'
import { choroplethColour, countryLayers } from './countryLayers'

describe('countryLayers', () => {
  it('fills the selected country and outlines it', () => {
    const p = PALETTES.light
    const [fill, outline] = countryLayers({ ...DEFAULT_LAYER_STATE, selectedCountry: 'PL' }, p)
    expect(fill?.id).toBe(LAYER_IDS.countries)
    expect(fill?.paint).toMatchObject({
      'fill-color': ['case', ['==', ['get', 'iso'], 'PL'], p.landSelected, p.land],
    })
    expect(outline && 'filter' in outline && outline.filter).toEqual(['==', ['get', 'iso'], 'PL'])
  })

  it("smooths the land's edges only over an online basemap, since the offline one's coasts and borders draw them", () => {
    const fill = (offlineBasemap: boolean) =>
      countryLayers({ ...DEFAULT_LAYER_STATE, offlineBasemap }, PALETTES.light)[0]
    expect(fill(true)?.paint).toMatchObject({ 'fill-antialias': false })
    expect(fill(false)?.paint).toMatchObject({ 'fill-antialias': true, 'fill-opacity': 0.6 })
  })
})

describe('choroplethColour', () => {
  const palette = { choroplethLow: '#low', choroplethHigh: '#high' }

  it('leaves the land as it is when no country has links', () => {
    expect(choroplethColour(new Map(), '#land', palette)).toBe('#land')
  })

  it('shades from light at one link to strong at the most, on a square-root scale', () => {
    expect(
      choroplethColour(
        new Map([
          ['CN', 16],
          ['PL', 9],
          ['DE', 0],
        ]),
        '#land',
        palette,
      ),
    ).toEqual([
      'interpolate',
      ['linear'],
      ['sqrt', ['match', ['get', 'iso'], 'CN', 16, 'PL', 9, 0]],
      0,
      '#land',
      1,
      '#low',
      4,
      '#high',
    ])
  })
})
