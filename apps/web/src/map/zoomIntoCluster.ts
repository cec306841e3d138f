import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { cameraMotion } from '../state/useReducedMotion'
import { clusterBounds } from './clusterBounds'
import { SOURCE_IDS } from './layerIds'
import type { MapTarget } from './pick'
import { CLUSTER_MAX_ZOOM } from './style'

/** Members a cluster click fits the map to; a larger cluster is opened by its expansion zoom instead. */
const MAX_FITTED_MEMBERS = 200

/**
 * Shows a cluster's members at once: the map fits their extent (with room around them), or, when they share one
 * point or are too many to list, zooms to where the cluster first splits.
 */
export function zoomIntoCluster(map: MapLibreMap, target: Extract<MapTarget, { type: 'cluster' }>): void {
  const source = map.getSource<GeoJSONSource>(SOURCE_IDS.institutions)
  if (!source) return
  const expand = () =>
    source
      .getClusterExpansionZoom(target.clusterId)
      // The cluster may be gone when the data changed meanwhile: then just zoom in.
      .catch(() => map.getZoom() + 2)
      .then((zoom) => map.easeTo({ center: target.position, zoom, ...cameraMotion() }))
  source
    .getClusterLeaves(target.clusterId, MAX_FITTED_MEMBERS, 0)
    .then((members) => {
      const bounds = members.length < MAX_FITTED_MEMBERS ? clusterBounds(members) : undefined
      if (bounds) map.fitBounds(bounds, { padding: 80, maxZoom: CLUSTER_MAX_ZOOM + 1, ...cameraMotion() })
      else void expand()
    })
    .catch(expand)
}
