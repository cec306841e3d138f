import { describe, expect, it } from 'vitest'
import { polygonsOf, seaRings, type TilePoint } from './seaShapes'

const square = (x0: number, y0: number, x1: number, y1: number): TilePoint[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
]
const area = (ring: TilePoint[]) =>
  Math.abs(
    ring.reduce((sum, [x1, y1], i) => {
      const [x2, y2] = ring[(i + 1) % ring.length] as TilePoint
      return sum + x1 * y2 - x2 * y1
    }, 0),
  ) / 2
const netArea = (rings: TilePoint[][]) =>
  polygonsOf(rings).reduce(
    (sum, [outer, ...holes]) =>
      sum + area(outer as TilePoint[]) - holes.reduce((s, h) => s + area(h as TilePoint[]), 0),
    0,
  )

describe('seaRings', () => {
  it('is the tile less its land', () => {
    const sea = seaRings([square(0, 0, 50, 100)], 100, 0)
    expect(netArea(sea)).toBe(50 * 100)
  })

  it('is nothing on a tile all land, and the whole tile (with its buffer) where there is none', () => {
    expect(seaRings([square(-10, -10, 110, 110)], 100, 10)).toEqual([])
    expect(netArea(seaRings([], 100, 10))).toBe(120 * 120)
  })

  it('keeps a lake inside the land as sea, and an island in it as land', () => {
    const land = [square(0, 0, 100, 100), [...square(20, 20, 80, 80)].reverse(), square(40, 40, 60, 60)]
    expect(netArea(seaRings(land, 100, 0))).toBe(60 * 60 - 20 * 20)
  })
})

describe('polygonsOf', () => {
  it('starts a polygon at each ring wound as the first, and gives it the holes after it', () => {
    const hole = [...square(2, 2, 4, 4)].reverse()
    const polygons = polygonsOf([square(0, 0, 10, 10), hole, square(20, 20, 30, 30)])
    expect(polygons.map((polygon) => polygon.length)).toEqual([2, 1])
  })
})
