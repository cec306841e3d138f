import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useEffectEvent } from 'react'
import type { Selection } from '../state/atlasView'
import { clusterBounds } from './clusterBounds'
import { SOURCE_IDS } from './layerIds'
import { type MapTarget, selectionOf } from './pick'
import { targetAt } from './pointer'
import { CLUSTER_MAX_ZOOM } from './style'

/**
 * A click selects what is under it (nothing, over water); a click on a cluster shows its members, one on a flow
 * frames its two ends, where its links are drawn apart.
 */
export function useMapClicks(map: MapLibreMap | null, onSelect: (selection: Selection) => void): void {
  const select = useEffectEvent((target: MapTarget | null) => onSelect(selectionOf(target)))
  useEffect(() => {
    if (!map) return
    const onClick = (event: MapMouseEvent) => {
      const target = targetAt(map, event.point)
      if (target?.type === 'cluster') zoomIntoCluster(map, target)
      else if (target?.type === 'flow') frameFlow(map, target)
      else select(target)
    }
    map.on('click', onClick)
    return () => {
      map.off('click', onClick)
    }
  }, [map])
}

/** Members a cluster click fits the map to; a larger cluster is opened by its expansion zoom instead. */
const MAX_FITTED_MEMBERS = 200

/**
 * Shows a cluster's members at once: the map fits their extent (with room around them), or, when they share one
 * point or are too many to list, zooms to where the cluster first splits.
 */
function zoomIntoCluster(map: MapLibreMap, target: Extract<MapTarget, { type: 'cluster' }>): void {
  const source = map.getSource<GeoJSONSource>(SOURCE_IDS.institutions)
  if (!source) return
  const expand = () =>
    source
      .getClusterExpansionZoom(target.clusterId)
      // The cluster may be gone when the data changed meanwhile: then just zoom in.
      .catch(() => map.getZoom() + 2)
      .then((zoom) => map.easeTo({ center: target.position, zoom }))
  source
    .getClusterLeaves(target.clusterId, MAX_FITTED_MEMBERS, 0)
    .then((members) => {
      const bounds = members.length < MAX_FITTED_MEMBERS ? clusterBounds(members) : undefined
      if (bounds) map.fitBounds(bounds, { padding: 80, maxZoom: CLUSTER_MAX_ZOOM + 1 })
      else void expand()
    })
    .catch(expand)
}

/** Frames both ends of a flow, the short way round the world. */
function frameFlow(map: MapLibreMap, target: Extract<MapTarget, { type: 'flow' }>): void {
  const [fromLon, fromLat] = target.from.position
  const [toLon, toLat] = target.to.position
  const east = toLon - fromLon > 180 ? toLon - 360 : toLon - fromLon < -180 ? toLon + 360 : toLon
  map.fitBounds(
    [
      [Math.min(fromLon, east), Math.min(fromLat, toLat)],
      [Math.max(fromLon, east), Math.max(fromLat, toLat)],
    ],
    { padding: 80 },
  )
}
