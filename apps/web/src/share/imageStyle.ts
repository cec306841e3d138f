import type { StyleSpecification } from 'maplibre-gl'
import { LAYER_IDS, SOURCE_IDS } from '../map/layerIds'

/** The map's own names of institutions and the clusters' circles and counts: an image names every institution. */
const LEFT_OUT: ReadonlySet<string> = new Set([
  LAYER_IDS.institutionLabels,
  LAYER_IDS.highlightedLabels,
  LAYER_IDS.clusters,
  LAYER_IDS.clusterCounts,
])

/**
 * The style an exported image is drawn with: the map's, with every institution drawn as its own circle (no
 * clusters) and without the map's names of institutions, which the image sets itself where they cover nothing
 * (labelPlacement.ts).
 */
export function imageStyle(style: StyleSpecification): StyleSpecification {
  const institutions = style.sources[SOURCE_IDS.institutions]
  return {
    ...style,
    sources:
      institutions?.type === 'geojson'
        ? { ...style.sources, [SOURCE_IDS.institutions]: { ...institutions, cluster: false } }
        : style.sources,
    layers: style.layers.filter((layer) => !LEFT_OUT.has(layer.id)),
  }
}
