import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useEffectEvent } from 'react'
import type { Selection } from '../state/atlasView'
import { frameFlow } from './frameFlow'
import { type MapTarget, selectionOf } from './pick'
import { targetAt } from './pointer'
import { zoomIntoCluster } from './zoomIntoCluster'

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
