import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useEffectEvent, useRef } from 'react'
import type { MapView } from '../state/atlasView'
import { cameraMotion } from '../state/useReducedMotion'
import { sameInsets, sameView, viewOfCamera } from './view'

/** Pixels on each side of the map that something over it covers. */
export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

/**
 * Keeps the camera and the view in step: flies to the view when it differs from where the map is, and reports
 * where a move of the person's ends. `covered` is how much of each side of the map something covers (a tour's
 * caption and controls): the view's centre is the centre of the rest.
 */
export function useView(
  map: MapLibreMap | null,
  view: MapView,
  covered: Insets | undefined,
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
  const { top = 0, right = 0, bottom = 0, left = 0 } = covered ?? {}
  useEffect(() => {
    if (!map) return
    const padding = { top, right, bottom, left }
    if (
      sameInsets(map.getPadding(), padding) &&
      sameView(viewOfCamera(cameraOf(map)), { lon, lat, zoom, bearing, pitch })
    )
      return
    // The same render may have opened or closed a panel beside the map: fly within the map's new size. The resize
    // ends a move at the old view at once; that is not the person moving away from the new one.
    movingToView.current = true
    try {
      map.resize()
      map.flyTo({ center: [lon, lat], zoom, bearing, pitch, padding, ...cameraMotion() })
    } finally {
      movingToView.current = false
    }
  }, [map, lon, lat, zoom, bearing, pitch, top, right, bottom, left])
}

function cameraOf(map: MapLibreMap) {
  return { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() }
}
