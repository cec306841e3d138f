/**
 * The names of the map's sources and layers, apart from their declarations (layers.ts) so that end-to-end tests can
 * import them without the app's assets: `window.__atlasMap.queryRenderedFeatures({ layers: [LAYER_IDS.arcs] })`.
 */

export const SOURCE_IDS = {
  countries: 'countries',
  countryLines: 'country-lines',
  countryLabels: 'country-labels',
  /** The close-up basemap's vector tiles (basemap/detailTiles.ts): finer land, sea, lines and place names. */
  basemapDetail: 'basemap-detail',
  arcs: 'arcs',
  /** Links counted into flows between countries or cities, where there are too many to draw one by one. */
  flows: 'flows',
  institutions: 'institutions',
  /** The selected institutions and their partners, drawn unclustered above the rest. */
  highlighted: 'highlighted-institutions',
} as const

export const LAYER_IDS = {
  background: 'background',
  countries: 'countries',
  countryOutline: 'country-outline',
  borders: 'borders',
  coast: 'coast',
  countryLabels: 'country-labels',
  detailLand: 'detail-land',
  detailSea: 'detail-sea',
  detailBorders: 'detail-borders',
  detailCoast: 'detail-coast',
  placeLabels: 'place-labels',
  cityLabels: 'city-labels',
  arcHalo: 'arc-halo',
  arcs: 'arcs',
  arcsSecondColour: 'arcs-second-colour',
  flows: 'flows',
  flowsSecondColour: 'flows-second-colour',
  clusters: 'clusters',
  clusterCounts: 'cluster-counts',
  institutions: 'institutions',
  institutionLabels: 'institution-labels',
  highlighted: 'highlighted-institutions',
  highlightedLabels: 'highlighted-institution-labels',
} as const

/** The layers a pointer can hover and click, topmost first. */
export const INTERACTIVE_LAYER_IDS = [
  LAYER_IDS.highlighted,
  LAYER_IDS.institutions,
  LAYER_IDS.clusters,
  LAYER_IDS.arcs,
  LAYER_IDS.arcsSecondColour,
  LAYER_IDS.flows,
  LAYER_IDS.flowsSecondColour,
  LAYER_IDS.countries,
]
