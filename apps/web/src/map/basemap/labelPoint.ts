import type { Position } from '@atlas/geo'
import polylabel from 'polylabel'
import { ringArea } from './antimeridian'

const RAD = Math.PI / 180
const MAX_LATITUDE = 85

/**
 * Where a country's name goes: the point of its largest polygon farthest from any edge (the pole of
 * inaccessibility), found on the Web Mercator plane the map is drawn on, so that the name sits in the middle of the
 * shape people see rather than in a narrow part of it. Run by scripts/build-basemap.ts.
 */
export function labelPoint(polygons: Position[][][]): Position | null {
  const largest = largestPolygon(polygons)
  if (!largest) return null
  const plane = largest.map((ring) => ring.map(toMercator))
  const [x, y] = polylabel(plane, precision(plane))
  return [x, fromMercatorY(y)]
}

/** Small countries are named only from the zoom at which their name fits beside them. */
export function labelMinZoom(areaKm2: number): number {
  if (areaKm2 > 1_500_000) return 1
  if (areaKm2 > 400_000) return 2
  if (areaKm2 > 100_000) return 3
  if (areaKm2 > 20_000) return 4
  return 5
}

/** Area in square kilometres, near enough for ranking labels. */
export function polygonArea(polygon: Position[][]): number {
  const KM_PER_DEGREE = 111.32
  return polygon.reduce((sum, ring, i) => {
    const meanLat = ring.reduce((s, [, lat]) => s + lat, 0) / Math.max(1, ring.length)
    const area = (Math.abs(ringArea(ring)) / 2) * Math.cos(meanLat * RAD) * KM_PER_DEGREE ** 2
    return i === 0 ? sum + area : sum - area
  }, 0)
}

function largestPolygon(polygons: Position[][][]): Position[][] | undefined {
  let best: Position[][] | undefined
  let bestArea = -1
  for (const polygon of polygons) {
    const area = polygonArea(polygon)
    if (area > bestArea) {
      best = polygon
      bestArea = area
    }
  }
  return best
}

/** A hundredth of the shape's size: finer would not move a name by a pixel at the zooms it is shown at. */
function precision([outer = []]: Position[][]): number {
  const xs = outer.map(([x]) => x)
  const ys = outer.map(([, y]) => y)
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 100
}

function toMercator([lon, lat]: Position): Position {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat))
  return [lon, Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)) / RAD]
}

function fromMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD
}
