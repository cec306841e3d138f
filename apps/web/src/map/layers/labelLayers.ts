import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import type { Palette } from '../../theme/palette'
import { PROJECTOR_SCALE } from '../../theme/projectorTheme'
import { TEXT_FONT } from '../fonts'
import { LAYER_IDS, SOURCE_IDS } from '../layerIds'
import type { LayerState } from './atlasLayers'
import { DIM, type Grow, UNCLUSTERED } from './expressions'

/**
 * How much of its colour a faded institution name keeps while something else is selected: with the palette's
 * labelFaded it still reads at 4.5:1 against land and water in every theme (theme/contrast.test.ts), where fading
 * the full label colour to DIM.label would not.
 */
export const FADED_LABEL_OPACITY = 0.85

/** The map's text: countries' names, clusters' counts, and institutions' names with their city below. */
export function labelLayers(
  state: LayerState,
  p: Palette,
  grow: Grow,
): Record<'countries' | 'clusterCounts' | 'institutions' | 'highlighted', LayerSpecification> {
  const dimmed = state.highlight !== null
  // The highlighted institutions are labelled by the layer above, in full colour: not twice.
  const notHighlighted: ExpressionSpecification = [
    '!',
    ['in', ['get', 'id'], ['literal', [...(state.highlight?.institutionIds ?? [])].sort()]],
  ]
  const institutionLabels = (
    id: string,
    source: string,
    filter: ExpressionSpecification,
    faded: boolean,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    filter,
    layout: {
      'text-field': [
        'format',
        ['get', 'name'],
        {},
        '\n',
        {},
        ['get', 'sub'],
        {
          'font-scale': 0.85,
          'text-font': ['literal', TEXT_FONT.regular],
          'text-color': faded ? p.labelFaded : p.labelSecondary,
        },
      ],
      'text-font': TEXT_FONT.semibold,
      'text-size': grow(13, PROJECTOR_SCALE.labelSize),
      'text-max-width': 14,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.9,
      'text-justify': 'auto',
      'symbol-sort-key': ['-', ['get', 'links']],
    },
    paint: {
      'text-color': faded ? p.labelFaded : p.label,
      'text-halo-color': p.halo,
      'text-halo-width': grow(1.5, PROJECTOR_SCALE.labelHaloWidth),
      'text-opacity': faded ? FADED_LABEL_OPACITY : 1,
    },
  })
  return {
    countries: countryLabels(p, grow),
    clusterCounts: {
      id: LAYER_IDS.clusterCounts,
      type: 'symbol',
      source: SOURCE_IDS.institutions,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': TEXT_FONT.semibold,
        'text-size': grow(12, PROJECTOR_SCALE.labelSize),
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': p.clusterText, 'text-opacity': dimmed ? DIM.label : 1 },
    },
    institutions: {
      ...institutionLabels(
        LAYER_IDS.institutionLabels,
        SOURCE_IDS.institutions,
        ['all', UNCLUSTERED, notHighlighted],
        dimmed,
      ),
      minzoom: 4,
    },
    highlighted: institutionLabels(LAYER_IDS.highlightedLabels, SOURCE_IDS.highlighted, UNCLUSTERED, false),
  }
}

/** Country names, each from the zoom at which it fits (the offline basemap's; an online one has its own). */
function countryLabels(p: Palette, grow: Grow): LayerSpecification {
  return {
    id: LAYER_IDS.countryLabels,
    type: 'symbol',
    source: SOURCE_IDS.countryLabels,
    filter: ['>=', ['zoom'], ['get', 'minzoom']],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': TEXT_FONT.regular,
      'text-size': grow(
        ['interpolate', ['linear'], ['zoom'], 1, 10, 4, 12, 7, 15],
        PROJECTOR_SCALE.labelSize,
      ),
      'text-letter-spacing': 0.04,
      'text-max-width': 7,
      'symbol-sort-key': ['get', 'minzoom'],
    },
    paint: {
      'text-color': p.countryLabel,
      'text-halo-color': p.halo,
      'text-halo-width': grow(1, PROJECTOR_SCALE.labelHaloWidth),
    },
  }
}
