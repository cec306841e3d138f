import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useEffectEvent, useRef } from 'react'
import type { MapView } from '../state/atlasView'
import { sameView, viewOfCamera } from './view'

/**
 * Keeps the camera and the view in step: flies to the view when it differs from where the map is, and reports
 * where a move of the person's ends. `coveredBottom` pixels at the bottom are left out of the centring.
 */
export function useView(
  map: MapLibreMap | null,
  view: MapView,
  coveredBottom: number,
  onViewChange: (view: MapView) => void,
): void {
  /** True while this hook moves the camera itself, so that the move is not reported back as the person's. */
  const movingToView = useRef(false)
  const moved = useEffectEvent((moving: MapLibreMap) => {
    if (movingToView.current) return
    const now = viewOfCamera(cameraOf(moving))
    // A resize or a move back to where the view already is moves nothing worth reporting.
    if (!sameView(now, view)) onViewChange(now)
  })

  useEffect(() => {
    if (!map) return
    const onMoveEnd = () => moved(map)
    map.on('moveend', onMoveEnd)
    return () => {
      map.off('moveend', onMoveEnd)
    }
  }, [map])

  const { lon, lat, zoom, bearing, pitch } = view
  useEffect(() => {
    if (!map) return
    // Never so much that no map is left to centre in.
    const bottom = Math.min(coveredBottom, map.getContainer().clientHeight / 2)
    const samePadding = Math.abs((map.getPadding().bottom ?? 0) - bottom) < 1
    if (samePadding && sameView(viewOfCamera(cameraOf(map)), { lon, lat, zoom, bearing, pitch })) return
    // The same render may have opened or closed a panel beside the map: fly within the map's new size. The resize
    // ends a move at the old view at once; that is not the person moving away from the new one.
    movingToView.current = true
    try {
      map.resize()
      map.flyTo({ center: [lon, lat], zoom, bearing, pitch, padding: { top: 0, left: 0, right: 0, bottom } })
    } finally {
      movingToView.current = false
    }
  }, [map, lon, lat, zoom, bearing, pitch, coveredBottom])
}

function cameraOf(map: MapLibreMap) {
  return { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() }
}
