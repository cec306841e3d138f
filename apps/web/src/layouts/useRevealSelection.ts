import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Insets } from '../map/useView'
import { revealOffset } from './revealOffset'

/** Pixels kept between a revealed institution and the edge of what covers the map: its dot, and a little around. */
const REVEAL_MARGIN = 48

/**
 * Keeps the selected institution (`place`, null for anything else) in sight when something covers part of the
 * map (the details sheet on a phone): when it is selected, the cover changes or the map comes, and it lies under
 * the cover or off the map, the map pans the least that brings it into the free part. The camera is read once it
 * is still, since a cover that changes makes the map move to keep its view's centre in the free part first. The
 * pan ends as any move of the person's does, so that the URL's view follows it.
 */
export function useRevealSelection(
  map: MapLibreMap | null,
  place: { lon: number; lat: number } | null,
  covered: Insets,
): void {
  const { top, right, bottom, left } = covered
  const lon = place?.lon
  const lat = place?.lat
  useEffect(() => {
    const uncovered = top <= 0 && right <= 0 && bottom <= 0 && left <= 0
    if (!map || lon === undefined || lat === undefined || uncovered) return
    const reveal = () => {
      const { clientWidth: width, clientHeight: height } = map.getContainer()
      const offset = revealOffset(
        map.project([lon, lat]),
        { width, height },
        { top, right, bottom, left },
        REVEAL_MARGIN,
      )
      if (offset) map.panBy([offset.x, offset.y])
    }
    if (!map.isMoving()) return reveal()
    map.once('moveend', reveal)
    return () => {
      map.off('moveend', reveal)
    }
  }, [map, lon, lat, top, right, bottom, left])
}
