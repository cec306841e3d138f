import type { CountryCode, InitiativeWithCounts } from '@atlas/schema'
import type { LayerSpecification } from 'maplibre-gl'
import type { AtlasFilter, MapOptions, Theme } from '../../state/atlasView'
import { mapPalette } from '../../theme/mapPalette'
import type { Highlight } from '../highlight'
import { borderLayers, waterLayer } from './basemapLayers'
import { countryLayers } from './countryLayers'
import { detailLandLayer, detailLineLayers, detailSeaLayer, placeLabelLayer } from './detailLayers'
import { grower } from './expressions'
import { flowLayers } from './flowLayers'
import { institutionLayers } from './institutionLayers'
import { labelLayers } from './labelLayers'
import { linkLayers } from './linkLayers'

/** What the layers depend on: what the map shows and how. */
export interface LayerState {
  theme: Theme
  colourBy: MapOptions['colourBy']
  initiatives: readonly Pick<InitiativeWithCounts, 'id' | 'colour'>[]
  filter: AtlasFilter
  /** What the selection keeps bright, or null while nothing is selected. */
  highlight: Pick<Highlight, 'arcs' | 'institutionIds'> | null
  selectedInstitution: string | null
  selectedCountry: CountryCode | null
  /** Links per country while countries are shaded. */
  choropleth: ReadonlyMap<CountryCode, number> | null
  /** False over an online basemap, which draws water, land, borders and names itself. */
  offlineBasemap: boolean
  /** The projector theme: its colours, and arcs, points and labels larger by PROJECTOR_SCALE. */
  projector: boolean
}

/**
 * Every layer of the map, bottom to top: a pure function of what the map shows, so that a change of theme, filter
 * or selection is a change of paint, layout and filters, never of sources. The layers of each kind are declared in
 * the file named for it beside this one.
 */
export function atlasLayers(state: LayerState): LayerSpecification[] {
  const p = mapPalette(state.theme, state.projector)
  const grow = grower(state.projector)
  const offline = state.offlineBasemap
  const institutions = institutionLayers(state, p, grow)
  const labels = labelLayers(state, p, grow)
  return [
    ...(offline ? [waterLayer(p), detailLandLayer(p)] : []),
    ...countryLayers(state, p),
    ...(offline
      ? [
          detailSeaLayer(p),
          ...borderLayers(p),
          ...detailLineLayers(p),
          placeLabelLayer(p, grow, 'towns'),
          labels.countries,
        ]
      : []),
    ...flowLayers(state, p, grow),
    ...linkLayers(state, p, grow),
    institutions.clusters,
    labels.clusterCounts,
    institutions.institutions,
    labels.institutions,
    ...(offline ? [placeLabelLayer(p, grow, 'cities')] : []),
    institutions.highlighted,
    labels.highlighted,
  ]
}
