import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { NO_FILTER } from '../../state/atlasView'
import { PALETTES } from '../../theme/palette'
import { DEFAULT_LAYER_STATE } from '../fixtures'
import { LAYER_IDS } from '../layerIds'
import { linkFilterExpression } from '../linkFilter'
import { grower } from './expressions'
import { linkLayers } from './linkLayers'

const state = DEFAULT_LAYER_STATE
const p = PALETTES.light
const byId = (layers: LayerSpecification[]) => new Map(layers.map((layer) => [layer.id, layer]))
const filterOf = (layer: LayerSpecification | undefined) =>
  layer && 'filter' in layer ? layer.filter : undefined

describe('linkLayers', () => {
  it('filters the arcs on the GPU with the link filter', () => {
    const filter = { ...NO_FILTER, initiatives: ['sp'], yearFrom: 2017 }
    const arcs = byId(linkLayers({ ...state, filter }, p, grower(false))).get(LAYER_IDS.arcs)
    expect(filterOf(arcs)).toEqual(['all', linkFilterExpression(filter), true])
  })

  it('draws arcs in one neutral colour, without the second colour, when colour shows kinds', () => {
    const layers = byId(linkLayers({ ...state, colourBy: 'kind' }, p, grower(false)))
    expect(layers.get(LAYER_IDS.arcsSecondColour)?.layout?.visibility).toBe('none')
    expect(layers.get(LAYER_IDS.arcs)?.paint).toMatchObject({ 'line-color': p.neutral, 'line-offset': 0 })
  })

  it('haloes only the selection’s arcs among those shown', () => {
    const arcs: ExpressionSpecification = ['==', ['get', 'from'], 'bjut']
    const highlight = { arcs, institutionIds: new Set(['bjut']) }
    const halo = byId(linkLayers({ ...state, highlight }, p, grower(false))).get(LAYER_IDS.arcHalo)
    expect(filterOf(halo)).toEqual(['all', linkFilterExpression(NO_FILTER), arcs])
  })
})
