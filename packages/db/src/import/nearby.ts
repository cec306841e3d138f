import { angularDistance } from '@atlas/geo'

/** About 1.1 km of latitude: a cell of the grid, so a search within a kilometre reads a handful of cells. */
const CELL_DEGREES = 0.01
const LON_CELLS = Math.round(360 / CELL_DEGREES)
const RADIANS = Math.PI / 180
const KM_PER_DEGREE = 6371.0088 * RADIANS

/**
 * Points bucketed in cells of a fixed grid, so that "is anything within a kilometre of here?" reads a few cells
 * instead of every point: what finds an institution placed on top of another among tens of thousands.
 */
export class PointGrid<T> {
  private readonly cells = new Map<string, { lon: number; lat: number; value: T }[]>()

  add(lon: number, lat: number, value: T): void {
    const key = cellKey(lonCell(lon), latCell(lat))
    const cell = this.cells.get(key)
    if (cell) cell.push({ lon, lat, value })
    else this.cells.set(key, [{ lon, lat, value }])
  }

  /** The nearest point within `km` of the given one, with its distance, or undefined. */
  nearest(lon: number, lat: number, km: number): { value: T; km: number } | undefined {
    const latSpan = Math.ceil(km / KM_PER_DEGREE / CELL_DEGREES)
    const kmPerLonDegree = KM_PER_DEGREE * Math.max(Math.cos(lat * RADIANS), 0.01)
    const lonSpan = Math.min(Math.ceil(km / kmPerLonDegree / CELL_DEGREES), LON_CELLS / 2)
    const [x, y] = [lonCell(lon), latCell(lat)]
    let best: { value: T; km: number } | undefined
    for (let dy = -latSpan; dy <= latSpan; dy++) {
      for (let dx = -lonSpan; dx <= lonSpan; dx++) {
        for (const point of this.cells.get(cellKey(x + dx, y + dy)) ?? []) {
          const distance = distanceKm(lon, lat, point.lon, point.lat)
          if (distance <= km && (!best || distance < best.km)) best = { value: point.value, km: distance }
        }
      }
    }
    return best
  }
}

const lonCell = (lon: number) => Math.floor(lon / CELL_DEGREES)
const latCell = (lat: number) => Math.floor(lat / CELL_DEGREES)
// Longitude cells wrap, so points either side of the antimeridian are neighbours.
const cellKey = (x: number, y: number) => `${((x % LON_CELLS) + LON_CELLS) % LON_CELLS}:${y}`

/** The great-circle distance between two points in kilometres. */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return angularDistance([lon1, lat1], [lon2, lat2]) * KM_PER_DEGREE
}
