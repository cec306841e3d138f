import type { Position } from '@atlas/geo'
import type { Insets } from '../map/useView'
import type { ImageSize } from './imageLayout'

/**
 * Framing an image to its data in Web Mercator, the atlas's projection, computed as MapLibre does (a world 512 CSS
 * pixels wide at zoom 0), so that the camera and where each point lands are known before any map is drawn.
 */

/** Longitudes and latitudes that hold the data; `east` is past 180 when they cross the antimeridian. */
export interface LonLatBounds {
  west: number
  south: number
  east: number
  north: number
}

export interface Camera {
  /** [lon, lat] */
  center: Position
  zoom: number
}

export interface Point {
  x: number
  y: number
}

const TILE_SIZE = 512
/** Mercator's limit: beyond it the projection runs to infinity. */
const MAX_LATITUDE = 85.051129

/**
 * The smallest bounds that hold every position. Longitudes go round: data on both sides of the antimeridian (Fiji
 * and New Zealand) is held by the short way across it, found as the widest gap between neighbouring longitudes.
 */
export function dataBounds(positions: readonly Position[]): LonLatBounds | null {
  if (positions.length === 0) return null
  const lons = positions.map(([lon]) => normaliseLon(lon)).sort((a, b) => a - b)
  const lats = positions.map(([, lat]) => lat)
  let gapAfter = lons.length - 1
  let widest = (lons[0] ?? 0) + 360 - (lons[gapAfter] ?? 0)
  for (let i = 0; i + 1 < lons.length; i++) {
    const gap = (lons[i + 1] ?? 0) - (lons[i] ?? 0)
    if (gap > widest) {
      widest = gap
      gapAfter = i
    }
  }
  const west = lons[(gapAfter + 1) % lons.length] ?? 0
  const east = lons[gapAfter] ?? 0
  return {
    west,
    south: Math.min(...lats),
    east: east < west ? east + 360 : east,
    north: Math.max(...lats),
  }
}

/**
 * The camera that shows `bounds` as large as fits in the image less `insets` (image pixels kept clear at each edge),
 * centred in what is left, for a map drawn at `pixelRatio` image pixels per CSS pixel; no closer than `maxZoom` (a
 * single point has no size).
 */
export function fitCamera(
  bounds: LonLatBounds,
  image: ImageSize,
  insets: Insets,
  pixelRatio: number,
  maxZoom: number,
): Camera {
  const area = {
    width: Math.max(1, image.width - insets.left - insets.right),
    height: Math.max(1, image.height - insets.top - insets.bottom),
  }
  const spanX = (bounds.east - bounds.west) / 360
  const spanY = mercatorY(bounds.north) - mercatorY(bounds.south)
  const fitted = Math.min(area.width / spanX, area.height / spanY)
  const zoom = Math.min(maxZoom, Math.log2(fitted / (TILE_SIZE * pixelRatio)))
  const world = worldSize(zoom, pixelRatio)
  // The data's middle goes to the middle of the area, which lies off the image's middle by half the insets' odds.
  const offset = { x: (insets.left - insets.right) / 2, y: (insets.top - insets.bottom) / 2 }
  const lon = (bounds.west + bounds.east) / 2 - (offset.x / world) * 360
  const y = (mercatorY(bounds.north) + mercatorY(bounds.south)) / 2 + offset.y / world
  return { center: [normaliseLon(lon), latitudeOf(y)], zoom }
}

/** Where positions land in the image, in image pixels from its top left corner, under `camera`. */
export function projector(
  camera: Camera,
  image: ImageSize,
  pixelRatio: number,
): (position: Position) => Point {
  const world = worldSize(camera.zoom, pixelRatio)
  const [centerLon, centerLat] = camera.center
  const centerY = mercatorY(centerLat)
  return ([lon, lat]) => ({
    // The nearer way round: a camera past the antimeridian draws the copy of the world its data is on.
    x: image.width / 2 + (normaliseLon(lon - centerLon) / 360) * world,
    y: image.height / 2 + (centerY - mercatorY(lat)) * world,
  })
}

/** Image pixels across the whole world at `zoom`. */
function worldSize(zoom: number, pixelRatio: number): number {
  return TILE_SIZE * pixelRatio * 2 ** zoom
}

/** Mercator's y in world widths, growing northwards. */
function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat))
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) / (2 * Math.PI)
}

function latitudeOf(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(y * 2 * Math.PI)) - 90
}

/** A longitude in [-180, 180). */
function normaliseLon(lon: number): number {
  // Left as it is when it is already in range, so that a longitude read from the data comes back exactly.
  return lon >= -180 && lon < 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180
}
