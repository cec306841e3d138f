import type { Map as MapLibreMap } from 'maplibre-gl'
import { cameraMotion } from '../state/useReducedMotion'
import type { MapTarget } from './pick'

/** Frames both ends of a flow, the short way round the world. */
export function frameFlow(map: MapLibreMap, target: Extract<MapTarget, { type: 'flow' }>): void {
  const [fromLon, fromLat] = target.from.position
  const [toLon, toLat] = target.to.position
  const east = toLon - fromLon > 180 ? toLon - 360 : toLon - fromLon < -180 ? toLon + 360 : toLon
  map.fitBounds(
    [
      [Math.min(fromLon, east), Math.min(fromLat, toLat)],
      [Math.max(fromLon, east), Math.max(fromLat, toLat)],
    ],
    { padding: 80, ...cameraMotion() },
  )
}
