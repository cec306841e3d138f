import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import type { Viewport } from './flows/viewport'

/** Where the map looks, updated when a move ends; null until the map exists. */
export function useViewport(map: MapLibreMap | null): Viewport | null {
  const [viewport, setViewport] = useState<Viewport | null>(null)
  useEffect(() => {
    if (!map) return
    const update = () => {
      const bounds = map.getBounds()
      setViewport({
        zoom: map.getZoom(),
        west: bounds.getWest(),
        south: bounds.getSouth(),
        east: bounds.getEast(),
        north: bounds.getNorth(),
      })
    }
    update()
    map.on('moveend', update)
    map.on('resize', update)
    return () => {
      map.off('moveend', update)
      map.off('resize', update)
    }
  }, [map])
  return viewport
}
