import type { LinkKind } from '@atlas/schema'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { LINK_KIND_WIDTHS, type Palette } from '../../theme/palette'
import { PROJECTOR_SCALE } from '../../theme/projectorTheme'
import { LAYER_IDS, SOURCE_IDS } from '../layerIds'
import { linkFilterExpression } from '../linkFilter'
import type { LayerState } from './atlasLayers'
import { byZoom, DIM, type Grow, match } from './expressions'

const LINK_KIND_OPACITY: Record<LinkKind, number> = {
  joint_institute: 0.95,
  cooperation_agreement: 0.85,
  vocational_cooperation: 0.85,
  training_programme: 0.85,
  consortium_membership: 0.75,
}

/**
 * The links as arcs, filtered on the GPU: a halo under the selection's arcs, then each arc in the colour of its
 * initiative (an arc in two initiatives is two lines side by side, one in each colour) or in one neutral colour.
 */
export function linkLayers(state: LayerState, p: Palette, grow: Grow): LayerSpecification[] {
  const filter = linkFilterExpression(state.filter)
  const byInitiative = state.colourBy === 'initiative'
  const colours = Object.fromEntries(state.initiatives.map(({ id, colour }) => [id, colour]))
  const twoColours: ExpressionSpecification = ['>=', ['get', 'n'], 2]
  const kindWidth = grow(match('kind', LINK_KIND_WIDTHS, 2), PROJECTOR_SCALE.arcWidth)
  const offset = (side: -1 | 1): ExpressionSpecification =>
    byZoom(['*', ['case', twoColours, side / 2, 0], kindWidth])
  const opacity: ExpressionSpecification = state.highlight
    ? ['case', state.highlight.arcs, 1, DIM.arc]
    : match('kind', LINK_KIND_OPACITY, 0.85)
  const line = (
    id: string,
    colour: string,
    side: -1 | 1,
    only: ExpressionSpecification | true,
  ): LayerSpecification => ({
    id,
    type: 'line',
    source: SOURCE_IDS.arcs,
    filter: ['all', filter, only],
    // Joins stay MapLibre's miter: an arc turns a degree and a half at a vertex, where a round join looks the same
    // and adds vertices that software WebGL draws at a cost in every frame.
    layout: {
      'line-cap': 'round',
      visibility: byInitiative || side === -1 ? 'visible' : 'none',
    },
    paint: {
      'line-color': byInitiative ? match(colour, colours, p.neutral) : p.neutral,
      'line-width': byZoom(kindWidth),
      'line-offset': byInitiative ? offset(side) : 0,
      'line-opacity': opacity,
    },
  })
  return [
    {
      id: LAYER_IDS.arcHalo,
      type: 'line',
      source: SOURCE_IDS.arcs,
      filter: ['all', filter, state.highlight?.arcs ?? false],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': p.halo,
        'line-width': byZoom([
          '+',
          ['*', ['case', twoColours, 2, 1], kindWidth],
          grow(4, PROJECTOR_SCALE.arcWidth),
        ]),
        'line-opacity': 0.85,
      },
    },
    // The second colour goes under the first, so that where arcs bundle the most specific initiative shows.
    line(LAYER_IDS.arcsSecondColour, 'i1', 1, twoColours),
    line(LAYER_IDS.arcs, 'i0', -1, true),
  ]
}
