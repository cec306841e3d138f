import type { MapView } from '../state/atlasView'
import type { Insets } from './useView'

export interface Camera {
  center: { lng: number; lat: number }
  zoom: number
  bearing: number
  pitch: number
}

/** Where the camera is, rounded as the URL keeps it (about ten metres, a hundredth of a zoom level). */
export function viewOfCamera({ center, zoom, bearing, pitch }: Camera): MapView {
  return {
    lon: round(wrap(center.lng), 4),
    lat: round(center.lat, 4),
    zoom: round(zoom, 2),
    bearing: round(wrap(bearing), 1),
    pitch: round(pitch, 1),
  }
}

/**
 * Whether two views differ by no more than rounding: the map flies only to a view that really is elsewhere, so
 * a view it reported itself, rounded and handed back, does not move it again.
 */
export function sameView(a: MapView, b: MapView): boolean {
  return (
    Math.abs(wrap(a.lon - b.lon)) <= 1e-4 &&
    Math.abs(a.lat - b.lat) <= 1e-4 &&
    Math.abs(a.zoom - b.zoom) <= 0.01 &&
    Math.abs(wrap(a.bearing - b.bearing)) <= 0.1 &&
    Math.abs(a.pitch - b.pitch) <= 0.1
  )
}

/** Whether two paddings are the same within a pixel, a side not given being none; sub-pixel changes move nothing. */
export function sameInsets(a: Partial<Insets>, b: Partial<Insets>): boolean {
  return (['top', 'right', 'bottom', 'left'] as const).every(
    (side) => Math.abs((a[side] ?? 0) - (b[side] ?? 0)) < 1,
  )
}

/** Degrees into [-180, 180). */
function wrap(degrees: number): number {
  return ((((degrees + 180) % 360) + 360) % 360) - 180
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
