import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Palette } from '../../theme/palette'
import { PROJECTOR_SCALE } from '../../theme/projectorTheme'
import { LAYER_IDS, SOURCE_IDS } from '../layerIds'
import type { LayerState } from './atlasLayers'
import { DIM, type Grow, match } from './expressions'

/**
 * The flows (flows/flowFeatures.ts): each a line as wide as its count makes it, in its first initiative's colour,
 * with its second initiative's share of the width beside it; in one neutral colour when colouring by kind.
 */
export function flowLayers(state: LayerState, p: Palette, grow: Grow): LayerSpecification[] {
  const byInitiative = state.colourBy === 'initiative'
  const colours = Object.fromEntries(state.initiatives.map(({ id, colour }) => [id, colour]))
  const width = (property: 'w0' | 'w1'): ExpressionSpecification =>
    grow(['get', property] as ExpressionSpecification, PROJECTOR_SCALE.arcWidth)
  const line = (id: string, colour: 'i0' | 'i1', side: -1 | 1): LayerSpecification => {
    const own = colour === 'i0' ? 'w0' : 'w1'
    const other = colour === 'i0' ? 'w1' : 'w0'
    return {
      id,
      type: 'line',
      source: SOURCE_IDS.flows,
      filter: colour === 'i1' ? ['>', ['get', 'n1'], 0] : true,
      // Miter joins, as the arcs' (linkLayers.ts): a great-circle line's joins are too gentle for round ones to show.
      layout: {
        'line-cap': 'round',
        visibility: byInitiative || colour === 'i0' ? 'visible' : 'none',
      },
      paint: {
        'line-color': byInitiative ? match(colour, colours, p.neutral) : p.neutral,
        // Colouring by kind, one line draws the whole width.
        'line-width': byInitiative ? width(own) : ['+', width('w0'), width('w1')],
        'line-offset': byInitiative ? ['*', side / 2, width(other)] : 0,
        // The largest flows nearly opaque, the smallest faint: present, but not a hairball over the large ones.
        'line-opacity': state.highlight
          ? DIM.arc
          : ['interpolate', ['linear'], ['sqrt', ['get', 'share']], 0, 0.25, 1, 0.9],
      },
    }
  }
  return [line(LAYER_IDS.flowsSecondColour, 'i1', 1), line(LAYER_IDS.flows, 'i0', -1)]
}
