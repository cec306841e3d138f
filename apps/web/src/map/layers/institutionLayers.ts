import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { INSTITUTION_KIND_COLOURS, type Palette } from '../../theme/palette'
import { PROJECTOR_SCALE } from '../../theme/projectorTheme'
import { LAYER_IDS, SOURCE_IDS } from '../layerIds'
import type { LayerState } from './atlasLayers'
import { DIM, type Grow, match, UNCLUSTERED } from './expressions'

/** The institutions' circles, coloured by kind or initiative: clusters, single ones, and the highlighted ones. */
export function institutionLayers(
  state: LayerState,
  p: Palette,
  grow: Grow,
): Record<'clusters' | 'institutions' | 'highlighted', LayerSpecification> {
  const dimmed = state.highlight !== null
  const colour =
    state.colourBy === 'initiative'
      ? match(
          'initiative',
          Object.fromEntries(state.initiatives.map(({ id, colour }) => [id, colour])),
          p.neutral,
        )
      : match('kind', INSTITUTION_KIND_COLOURS, p.neutral)
  const radius = grow<ExpressionSpecification>(
    ['interpolate', ['linear'], ['get', 'links'], 0, 4, 1, 5.5, 5, 8, 25, 14],
    PROJECTOR_SCALE.pointRadius,
  )
  const rim = (width: number) => grow(width, PROJECTOR_SCALE.pointRadius)
  const selected: ExpressionSpecification = ['==', ['get', 'id'], state.selectedInstitution ?? '']
  const clusters: LayerSpecification = {
    id: LAYER_IDS.clusters,
    type: 'circle',
    source: SOURCE_IDS.institutions,
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': p.cluster,
      'circle-radius': grow(
        ['step', ['get', 'point_count'], 13, 5, 16, 20, 20, 100, 26],
        PROJECTOR_SCALE.pointRadius,
      ),
      'circle-stroke-color': p.pointRim,
      'circle-stroke-width': rim(2),
      'circle-opacity': dimmed ? DIM.point : 0.92,
      'circle-stroke-opacity': dimmed ? DIM.point : 1,
    },
  }
  const institutions: LayerSpecification = {
    id: LAYER_IDS.institutions,
    type: 'circle',
    source: SOURCE_IDS.institutions,
    filter: UNCLUSTERED,
    paint: {
      'circle-color': colour,
      'circle-radius': radius,
      'circle-stroke-color': p.pointRim,
      'circle-stroke-width': rim(1.5),
      'circle-opacity': dimmed ? DIM.point : 1,
      'circle-stroke-opacity': dimmed ? DIM.point : 1,
    },
  }
  const highlighted: LayerSpecification = {
    id: LAYER_IDS.highlighted,
    type: 'circle',
    source: SOURCE_IDS.highlighted,
    paint: {
      'circle-color': colour,
      'circle-radius': radius,
      'circle-stroke-color': ['case', selected, p.accent, p.pointRim],
      'circle-stroke-width': ['case', selected, rim(3), rim(2)],
    },
  }
  return { clusters, institutions, highlighted }
}
