import { kmBetween, type LatLng } from './distance'

/** A cell of the grid in degrees: wider than the spacing in latitude, so a look-up reads three rows of cells. */
const CELL_DEGREES = 0.02
const KM_PER_DEGREE = 111.19

/**
 * The points placed so far, bucketed in a grid, answering "is any within `minKm` of here?" without comparing
 * every pair: what keeps the generator's campuses as far apart as the import requires.
 */
export class PointSpacing {
  private readonly cells = new Map<string, LatLng[]>()

  constructor(private readonly minKm: number) {}

  add(point: LatLng): void {
    const key = cellKey(lngCell(point.lng), latCell(point.lat))
    const cell = this.cells.get(key)
    if (cell) cell.push(point)
    else this.cells.set(key, [point])
  }

  /** Whether a point stands at least `minKm` from every point added. */
  isClear(point: LatLng): boolean {
    const kmPerLngCell = KM_PER_DEGREE * CELL_DEGREES * Math.max(Math.cos((point.lat * Math.PI) / 180), 0.01)
    const lngSpan = Math.ceil(this.minKm / kmPerLngCell)
    const x = lngCell(point.lng)
    const y = latCell(point.lat)
    for (let dy = -1; dy <= 1; dy += 1) {
      for (let dx = -lngSpan; dx <= lngSpan; dx += 1) {
        for (const other of this.cells.get(cellKey(x + dx, y + dy)) ?? []) {
          if (kmBetween(point, other) < this.minKm) return false
        }
      }
    }
    return true
  }
}

const LNG_CELLS = Math.round(360 / CELL_DEGREES)
const lngCell = (lng: number) => Math.floor(lng / CELL_DEGREES)
const latCell = (lat: number) => Math.floor(lat / CELL_DEGREES)
// Longitude cells wrap, so points either side of the antimeridian are neighbours.
const cellKey = (x: number, y: number) => `${((x % LNG_CELLS) + LNG_CELLS) % LNG_CELLS}:${y}`
