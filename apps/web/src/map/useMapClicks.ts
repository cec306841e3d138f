import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useEffectEvent } from 'react'
import type { Selection } from '../state/atlasView'
import { SOURCE_IDS } from './layerIds'
import { type MapTarget, selectionOf } from './pick'
import { targetAt } from './pointer'

/** A click selects what is under it (nothing, over water); a click on a cluster zooms into it. */
export function useMapClicks(map: MapLibreMap | null, onSelect: (selection: Selection) => void): void {
  const select = useEffectEvent((target: MapTarget | null) => onSelect(selectionOf(target)))
  useEffect(() => {
    if (!map) return
    const onClick = (event: MapMouseEvent) => {
      const target = targetAt(map, event.point)
      if (target?.type === 'cluster') zoomIntoCluster(map, target)
      else select(target)
    }
    map.on('click', onClick)
    return () => {
      map.off('click', onClick)
    }
  }, [map])
}

function zoomIntoCluster(map: MapLibreMap, target: Extract<MapTarget, { type: 'cluster' }>): void {
  const source = map.getSource<GeoJSONSource>(SOURCE_IDS.institutions)
  source
    ?.getClusterExpansionZoom(target.clusterId)
    // The cluster may be gone when the data changed meanwhile: then just zoom in.
    .catch(() => map.getZoom() + 2)
    .then((zoom) => map.easeTo({ center: target.position, zoom }))
}
