import type { MapView } from '../state/atlasView'

/**
 * What a view shows, as west, south, east and north in degrees: what an embed carries (`&bounds=`, embedUrl.ts),
 * so that a frame of any size or shape shows the same part of the world rather than the same centre and zoom.
 * `east` is less than `west` for an area across the antimeridian.
 */
export interface Bounds {
  west: number
  south: number
  east: number
  north: number
}

/** MapLibre's world is 512 pixels wide at zoom 0. */
const WORLD_PIXELS = 512
/** Web Mercator's edge: the square world's top and bottom. */
const MAX_LATITUDE = 85.0511
/** MapLibre's deepest zoom, where two points a metre apart would still not fill a frame. */
const MAX_ZOOM = 22

/**
 * The bounds of a map's visible area as MapLibre reports them (getBounds: longitudes beyond ±180 where the view
 * crosses the antimeridian or shows the world more than once), as an embed carries them: longitudes in
 * [-180, 180], latitudes within Web Mercator, the whole world's width when more than the world shows.
 */
export function normaliseBounds({ west, south, east, north }: Bounds): Bounds {
  const latitudes = { south: clampLatitude(south), north: clampLatitude(north) }
  if (east - west >= 360) return { west: -180, east: 180, ...latitudes }
  return { west: wrap(west), east: wrap(east), ...latitudes }
}

/** `w,s,e,n` with four decimals (about ten metres), as the URL keeps a view. */
export function formatBounds(bounds: Bounds): string {
  return [bounds.west, bounds.south, bounds.east, bounds.north]
    .map((value) => String(Number(value.toFixed(4))))
    .join(',')
}

/** Bounds from `w,s,e,n`, or null for anything else. Never throws. */
export function parseBounds(raw: string | null): Bounds | null {
  const parts = raw?.split(',') ?? []
  if (parts.length !== 4 || parts.some((part) => part.trim() === '')) return null
  const [west = 0, south = 0, east = 0, north = 0] = parts.map(Number)
  if (![west, south, east, north].every(Number.isFinite)) return null
  if ([west, east].some((lon) => Math.abs(lon) > 180)) return null
  if ([south, north].some((lat) => Math.abs(lat) > 90) || south > north) return null
  return normaliseBounds({ west, south, east, north })
}

/**
 * The north-up view that shows all of `bounds` in a frame of `size` pixels, as large as fits: the same part of
 * the world in a wide frame and a tall one. The zoom is rounded down, so that rounding never crops the bounds.
 */
export function viewOfBounds(bounds: Bounds, size: { width: number; height: number }): MapView {
  // Across the antimeridian, east is counted on from west.
  const east = bounds.east < bounds.west ? bounds.east + 360 : bounds.east
  const left = mercatorX(bounds.west)
  const right = mercatorX(east)
  const top = mercatorY(bounds.north)
  const bottom = mercatorY(bounds.south)
  const scale = Math.min(size.width / (right - left), size.height / (bottom - top)) / WORLD_PIXELS
  const zoom = Math.min(MAX_ZOOM, Math.max(0, Math.floor(Math.log2(scale) * 100) / 100))
  return {
    lon: wrap(longitudeOf((left + right) / 2)),
    lat: latitudeOf((top + bottom) / 2),
    zoom: Number.isFinite(zoom) ? zoom : MAX_ZOOM,
    bearing: 0,
    pitch: 0,
  }
}

/** Web Mercator's x of a longitude, the world's width being 1. */
function mercatorX(lon: number): number {
  return (lon + 180) / 360
}

/** Web Mercator's y of a latitude, from 0 at the top of the world to 1 at its bottom. */
function mercatorY(lat: number): number {
  const radians = (clampLatitude(lat) * Math.PI) / 180
  return (1 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / Math.PI) / 2
}

function longitudeOf(x: number): number {
  return x * 360 - 180
}

function latitudeOf(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90
}

function clampLatitude(lat: number): number {
  return Math.min(MAX_LATITUDE, Math.max(-MAX_LATITUDE, lat))
}

/** Degrees into [-180, 180], 180 kept as the east edge of the world. */
function wrap(degrees: number): number {
  if (degrees >= -180 && degrees <= 180) return degrees
  return ((((degrees + 180) % 360) + 360) % 360) - 180
}
