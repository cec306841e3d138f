import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { PROJECTOR_MAP_PALETTES, PROJECTOR_SCALE } from '../../theme/projectorTheme'
import { DEFAULT_LAYER_STATE } from '../fixtures'
import { layerDiff } from '../layerDiff'
import { LAYER_IDS, SOURCE_IDS } from '../layerIds'
import { atlasLayers } from './atlasLayers'

const state = DEFAULT_LAYER_STATE
const layer = (layers: LayerSpecification[], id: string) => {
  const found = layers.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no layer ${id}`)
  return found
}
const paint = (layers: LayerSpecification[], id: string, name: string): unknown =>
  (layer(layers, id).paint as Record<string, unknown>)[name]
const layout = (layers: LayerSpecification[], id: string, name: string): unknown =>
  (layer(layers, id).layout as Record<string, unknown>)[name]

describe('atlasLayers', () => {
  it('declares every layer once, each on a source of the map', () => {
    const layers = atlasLayers(state)
    expect(layers.map((l) => l.id).sort()).toEqual(Object.values(LAYER_IDS).sort())
    const sources = new Set<string>(Object.values(SOURCE_IDS))
    for (const l of layers) if ('source' in l) expect(sources).toContain(l.source)
  })

  it('stacks water, land, lines, flows, arcs and institutions, each kind’s labels over it', () => {
    expect(atlasLayers(state).map((l) => l.id)).toEqual([
      LAYER_IDS.background,
      LAYER_IDS.detailLand,
      LAYER_IDS.countries,
      LAYER_IDS.countryOutline,
      LAYER_IDS.detailSea,
      LAYER_IDS.borders,
      LAYER_IDS.coast,
      LAYER_IDS.detailBorders,
      LAYER_IDS.detailCoast,
      LAYER_IDS.placeLabels,
      LAYER_IDS.countryLabels,
      LAYER_IDS.flowsSecondColour,
      LAYER_IDS.flows,
      LAYER_IDS.arcHalo,
      LAYER_IDS.arcsSecondColour,
      LAYER_IDS.arcs,
      LAYER_IDS.clusters,
      LAYER_IDS.clusterCounts,
      LAYER_IDS.institutions,
      LAYER_IDS.institutionLabels,
      LAYER_IDS.cityLabels,
      LAYER_IDS.highlighted,
      LAYER_IDS.highlightedLabels,
    ])
  })

  it('leaves water, borders and country names to an online basemap', () => {
    const ids = atlasLayers({ ...state, offlineBasemap: false }).map((l) => l.id)
    expect(ids).not.toContain(LAYER_IDS.background)
    expect(ids).not.toContain(LAYER_IDS.countryLabels)
    expect(ids).not.toContain(LAYER_IDS.placeLabels)
    expect(ids).not.toContain(LAYER_IDS.cityLabels)
    expect(ids).toContain(LAYER_IDS.countries)
  })

  it('switches theme by colours alone: paint, and the colour of the labels’ second line', () => {
    const commands = layerDiff(atlasLayers(state), atlasLayers({ ...state, theme: 'dark' }))
    expect(commands.filter(({ command }) => command === 'setPaintProperty').length).toBeGreaterThan(0)
    expect(commands.filter(({ command }) => command !== 'setPaintProperty')).toEqual([
      { command: 'setLayoutProperty', args: [LAYER_IDS.institutionLabels, 'text-field', expect.anything()] },
      { command: 'setLayoutProperty', args: [LAYER_IDS.highlightedLabels, 'text-field', expect.anything()] },
    ])
  })
})

describe('atlasLayers in the projector theme', () => {
  const normal = atlasLayers(state)
  const projector = atlasLayers({ ...state, projector: true })
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
    const commands = layerDiff(normal, projector)
    expect(commands.length).toBeGreaterThan(0)
    for (const { command } of commands) expect(['setPaintProperty', 'setLayoutProperty']).toContain(command)
  })
})

describe('atlasLayers while something is selected', () => {
  const arcs: ExpressionSpecification = ['==', ['get', 'from'], 'bjut']
  const highlight = { arcs, institutionIds: new Set(['lodz', 'bjut']) }
  const layers = atlasLayers({ ...state, highlight, selectedInstitution: 'bjut' })

  it('dims what the selection leaves out', () => {
    expect(paint(layers, LAYER_IDS.arcs, 'line-opacity')).toEqual(['case', arcs, 1, 0.1])
    expect(paint(layers, LAYER_IDS.institutions, 'circle-opacity')).toBe(0.3)
  })

  it('labels a highlighted institution once, on the layer above the dimmed ones', () => {
    const labels = layer(layers, LAYER_IDS.institutionLabels)
    expect('filter' in labels && labels.filter).toEqual([
      'all',
      ['!', ['has', 'point_count']],
      ['!', ['in', ['get', 'id'], ['literal', ['bjut', 'lodz']]]],
    ])
  })

  it('rims the selected institution in the accent colour', () => {
    expect(paint(layers, LAYER_IDS.highlighted, 'circle-stroke-color')).toEqual([
      'case',
      ['==', ['get', 'id'], 'bjut'],
      expect.any(String),
      expect.any(String),
    ])
  })
})
