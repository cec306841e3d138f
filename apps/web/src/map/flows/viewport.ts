import type { Position } from '@atlas/geo'

/** Where the map looks: its zoom, and the longitudes and latitudes its edges cross. */
export interface Viewport {
  zoom: number
  west: number
  south: number
  east: number
  north: number
}

/** Whether a position is in view, whichever way round the world the view's longitudes are counted. */
export function inView(viewport: Viewport, [lon, lat]: Position): boolean {
  if (lat < viewport.south || lat > viewport.north) return false
  if (viewport.east - viewport.west >= 360) return true
  const east = viewport.west + ((((lon - viewport.west) % 360) + 360) % 360)
  return east <= viewport.east
}
