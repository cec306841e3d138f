import type { Position } from '@atlas/geo'
import { ringArea } from './antimeridian'

const RAD = Math.PI / 180
const MAX_LATITUDE = 85

/**
 * Where a country's name goes: the point of its largest polygon farthest from any edge (the pole of
 * inaccessibility), found on the Web Mercator plane the map is drawn on, so that the name sits in the middle of the
 * shape people see rather than in a narrow part of it.
 */
export function labelPoint(polygons: Position[][][]): Position | null {
  const largest = largestPolygon(polygons)
  if (!largest) return null
  const [x, y] = poleOfInaccessibility(largest.map((ring) => ring.map(toMercator)))
  return [x, fromMercatorY(y)]
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

function toMercator([lon, lat]: Position): Position {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat))
  return [lon, Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)) / RAD]
}

function fromMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD
}

interface Cell {
  x: number
  y: number
  half: number
  /** Distance from the centre to the nearest edge, negative outside. */
  distance: number
  /** The most any point of the cell can be from an edge. */
  potential: number
}

/**
 * Mapbox's polylabel algorithm: cover the shape with square cells, then keep splitting the cells that could hold a
 * point farther from the edges than the best found so far, to a precision of a hundredth of the shape's size.
 */
export function poleOfInaccessibility(polygon: Position[][]): Position {
  const outer = polygon[0] ?? []
  const xs = outer.map(([x]) => x)
  const ys = outer.map(([, y]) => y)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const size = Math.min(maxX - minX, maxY - minY)
  const precision = Math.max(maxX - minX, maxY - minY) / 100
  const cell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance(x, y, polygon)
    return { x, y, half, distance, potential: distance + half * Math.SQRT2 }
  }
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0)
  if (size === 0) return [best.x, best.y]
  const queue: Cell[] = []
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2))
  }
  while (queue.length > 0) {
    queue.sort((a, b) => a.potential - b.potential)
    const next = queue.pop() as Cell
    if (next.distance > best.distance) best = next
    if (next.potential - best.distance <= precision) continue
    const half = next.half / 2
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      queue.push(cell(next.x + dx * half, next.y + dy * half, half))
    }
  }
  return [best.x, best.y]
}

function signedDistance(x: number, y: number, polygon: Position[][]): number {
  let inside = false
  let nearest = Number.POSITIVE_INFINITY
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i] as Position
      const [bx, by] = ring[j] as Position
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside
      nearest = Math.min(nearest, segmentDistance(x, y, ax, ay, bx, by))
    }
  }
  return inside ? nearest : -nearest
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax
  const dy = by - ay
  const lengthSquared = dx * dx + dy * dy
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}
