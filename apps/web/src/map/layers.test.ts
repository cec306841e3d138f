import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { PROJECTOR_MAP_PALETTES, PROJECTOR_SCALE } from '../present/projectorTheme'
import { NO_FILTER } from '../state/atlasView'
import { DEFAULT_LAYER_STATE } from './fixtures'
import { layerChanges } from './layerChanges'
import { LAYER_IDS, SOURCE_IDS } from './layerIds'
import { atlasLayers, choroplethColour } from './layers'
import { linkFilterExpression } from './linkFilter'

const state = DEFAULT_LAYER_STATE
const layer = (layers: LayerSpecification[], id: string) => {
  const found = layers.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no layer ${id}`)
  return found
}

describe('atlasLayers', () => {
  it('declares every layer once, each on a source of the map', () => {
    const layers = atlasLayers(state)
    expect(layers.map((l) => l.id).sort()).toEqual(Object.values(LAYER_IDS).sort())
    const sources = new Set<string>(Object.values(SOURCE_IDS))
    for (const l of layers) if ('source' in l) expect(sources).toContain(l.source)
  })

  it('leaves water, borders and country names to an online basemap', () => {
    const ids = atlasLayers({ ...state, offlineBasemap: false }).map((l) => l.id)
    expect(ids).not.toContain(LAYER_IDS.background)
    expect(ids).not.toContain(LAYER_IDS.countryLabels)
    expect(ids).toContain(LAYER_IDS.countries)
  })

  it('filters the arcs on the GPU with the link filter', () => {
    const filter = { ...NO_FILTER, initiatives: ['sp'], yearFrom: 2017 }
    const arcs = layer(atlasLayers({ ...state, filter }), LAYER_IDS.arcs)
    expect('filter' in arcs && arcs.filter).toEqual(['all', linkFilterExpression(filter), true])
  })

  it('draws arcs in one neutral colour, without the second colour, when colour shows kinds', () => {
    const layers = atlasLayers({ ...state, colourBy: 'kind' })
    const second = layer(layers, LAYER_IDS.arcsSecondColour)
    expect(second.layout?.visibility).toBe('none')
    expect(layer(layers, LAYER_IDS.arcs).paint).toMatchObject({ 'line-color': '#64748b', 'line-offset': 0 })
  })

  it('dims what the selection leaves out', () => {
    const arcs: ExpressionSpecification = ['==', ['get', 'from'], 'bjut']
    const highlight = { arcs, institutionIds: new Set(['lodz', 'bjut']) }
    const layers = atlasLayers({ ...state, highlight, selectedInstitution: 'bjut' })
    expect(layer(layers, LAYER_IDS.arcs).paint).toMatchObject({ 'line-opacity': ['case', arcs, 1, 0.1] })
    expect(layer(layers, LAYER_IDS.institutions).paint).toMatchObject({ 'circle-opacity': 0.3 })
    const halo = layer(layers, LAYER_IDS.arcHalo)
    expect('filter' in halo && halo.filter).toEqual(['all', linkFilterExpression(NO_FILTER), arcs])
  })

  it('labels a highlighted institution once, on the layer above the dimmed ones', () => {
    const highlight = {
      arcs: ['==', 1, 1] as ExpressionSpecification,
      institutionIds: new Set(['lodz', 'bjut']),
    }
    const labels = layer(atlasLayers({ ...state, highlight }), LAYER_IDS.institutionLabels)
    expect('filter' in labels && labels.filter).toEqual([
      'all',
      ['!', ['has', 'point_count']],
      ['!', ['in', ['get', 'id'], ['literal', ['bjut', 'lodz']]]],
    ])
  })

  it('switches theme by colours alone: paint, and the colour of the labels’ second line', () => {
    const changes = layerChanges(atlasLayers(state), atlasLayers({ ...state, theme: 'dark' }))
    expect(changes.filter((change) => change.kind === 'paint').length).toBeGreaterThan(0)
    expect(changes.filter((change) => change.kind !== 'paint')).toEqual([
      expect.objectContaining({ kind: 'layout', layerId: LAYER_IDS.institutionLabels, name: 'text-field' }),
      expect.objectContaining({ kind: 'layout', layerId: LAYER_IDS.highlightedLabels, name: 'text-field' }),
    ])
  })
})

describe('atlasLayers in the projector theme', () => {
  const normal = atlasLayers(state)
  const projector = atlasLayers({ ...state, projector: true })
  const paint = (layers: LayerSpecification[], id: string, name: string): unknown =>
    (layer(layers, id).paint as Record<string, unknown>)[name]
  const layout = (layers: LayerSpecification[], id: string, name: string): unknown =>
    (layer(layers, id).layout as Record<string, unknown>)[name]
  /** An output of ['interpolate', type, input, stop, output, …]: the one at `stop`'s place. */
  const output = (value: unknown, index: number) => (value as unknown[])[4 + 2 * index]

  it('draws arcs and their halo thicker, offsetting the two colours of an arc as far apart', () => {
    const kindWidth = output(paint(normal, LAYER_IDS.arcs, 'line-width'), 0)
    const thicker = ['*', kindWidth, PROJECTOR_SCALE.arcWidth]
    expect(output(paint(projector, LAYER_IDS.arcs, 'line-width'), 0)).toEqual(thicker)
    expect(output(paint(projector, LAYER_IDS.arcs, 'line-offset'), 0)).toEqual([
      '*',
      ['case', ['>=', ['get', 'n'], 2], -0.5, 0],
      thicker,
    ])
    expect(output(paint(projector, LAYER_IDS.arcHalo, 'line-width'), 0)).toEqual([
      '+',
      ['*', ['case', ['>=', ['get', 'n'], 2], 2, 1], thicker],
      4 * PROJECTOR_SCALE.arcWidth,
    ])
  })

  it('draws institutions and clusters larger, and labels them larger', () => {
    expect(output(paint(projector, LAYER_IDS.institutions, 'circle-radius'), 0)).toBe(
      4 * PROJECTOR_SCALE.pointRadius,
    )
    expect(paint(projector, LAYER_IDS.clusters, 'circle-radius')).toEqual([
      'step',
      ['get', 'point_count'],
      13 * PROJECTOR_SCALE.pointRadius,
      5,
      16 * PROJECTOR_SCALE.pointRadius,
      20,
      20 * PROJECTOR_SCALE.pointRadius,
      100,
      26 * PROJECTOR_SCALE.pointRadius,
    ])
    expect(layout(normal, LAYER_IDS.institutionLabels, 'text-size')).toBe(13)
    expect(layout(projector, LAYER_IDS.institutionLabels, 'text-size')).toBeCloseTo(
      13 * PROJECTOR_SCALE.labelSize,
    )
    expect(paint(projector, LAYER_IDS.institutionLabels, 'text-halo-width')).toBeCloseTo(
      1.5 * PROJECTOR_SCALE.labelHaloWidth,
    )
  })

  it('takes its colours from the projector palette, in either theme', () => {
    expect(paint(projector, LAYER_IDS.background, 'background-color')).toBe(
      PROJECTOR_MAP_PALETTES.light.water,
    )
    const dark = atlasLayers({ ...state, projector: true, theme: 'dark' })
    expect(paint(dark, LAYER_IDS.background, 'background-color')).toBe(PROJECTOR_MAP_PALETTES.dark.water)
  })

  it('is switched on and off by paint and layout alone, as a theme is', () => {
    const changes = layerChanges(normal, projector)
    expect(changes.length).toBeGreaterThan(0)
    expect(changes.every((change) => change.kind === 'paint' || change.kind === 'layout')).toBe(true)
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
