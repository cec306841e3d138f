import type { Position } from '@atlas/geo'
import { describe, expect, it } from 'vitest'
import { ringArea, splitLine, splitPolygon } from './antimeridian'

const longitudes = (rings: Position[][]) => rings.flat().map(([lon]) => lon)

describe('splitLine', () => {
  it('cuts a line where it crosses ±180°, meeting the meridian from both sides', () => {
    const parts = splitLine([
      [178, 60],
      [-178, 62],
    ])
    expect(parts).toEqual([
      [
        [178, 60],
        [180, 61],
      ],
      [
        [-180, 61],
        [-178, 62],
      ],
    ])
  })
})

describe('splitPolygon', () => {
  // An island astride the antimeridian, as Natural Earth writes it: jumping from +180 to -180.
  const island: Position[] = [
    [178, -16],
    [180, -16],
    [-178, -16],
    [-178, -18],
    [180, -18],
    [178, -18],
    [178, -16],
  ]

  it('cuts a polygon across ±180° into one polygon on each side, each within [-180, 180]', () => {
    const parts = splitPolygon([island])
    expect(parts).toHaveLength(2)
    const [west, east] = parts as [Position[][], Position[][]]
    expect(Math.min(...longitudes(west))).toBe(178)
    expect(Math.max(...longitudes(west))).toBe(180)
    expect(Math.min(...longitudes(east))).toBe(-180)
    expect(Math.max(...longitudes(east))).toBe(-178)
  })

  it('winds outer rings counterclockwise and holes clockwise (RFC 7946)', () => {
    const square = (x: number, size: number): Position[] => [
      [x, 0],
      [x, size],
      [x + size, size],
      [x + size, 0],
      [x, 0],
    ]
    const [polygon] = splitPolygon([square(0, 10), square(2, 2).reverse()])
    const [outer, hole] = polygon as [Position[], Position[]]
    expect(ringArea(outer)).toBeGreaterThan(0)
    expect(ringArea(hole)).toBeLessThan(0)
  })

  it('leaves a polygon that only touches the antimeridian whole', () => {
    const touching: Position[] = [
      [170, 0],
      [180, 0],
      [180, 5],
      [170, 5],
      [170, 0],
    ]
    expect(splitPolygon([touching])).toHaveLength(1)
  })

  it('closes a ring that goes round the south pole along the pole, and drops the ring on the pole', () => {
    const poleRing: Position[] = [
      [-180, -89.999],
      [60, -89.999],
      [-60, -89.999],
      [-180, -89.999],
    ]
    const coast: Position[] = [
      [-180, -70],
      [-60, -72],
      [60, -68],
      [179, -71],
      [-180, -70],
    ]
    const parts = splitPolygon([poleRing, coast])
    expect(parts).toHaveLength(1)
    const [outer] = parts[0] as [Position[]]
    expect(Math.min(...outer.map(([, lat]) => lat))).toBe(-90)
    expect(Math.min(...longitudes([outer]))).toBe(-180)
    expect(Math.max(...longitudes([outer]))).toBe(180)
  })
})
