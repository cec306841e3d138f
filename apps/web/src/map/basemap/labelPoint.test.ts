import type { Position } from '@atlas/geo'
import { describe, expect, it } from 'vitest'
import { labelMinZoom, labelPoint, polygonArea } from './labelPoint'

const rectangle = (west: number, south: number, east: number, north: number): Position[][] => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
]

describe('polygonArea', () => {
  it('gives about 12,400 km² for a degree square at the equator', () => {
    expect(polygonArea(rectangle(0, -0.5, 1, 0.5))).toBeCloseTo(12_392, -2)
  })
})

describe('labelPoint', () => {
  it('labels the largest polygon of a country', () => {
    const [lon, lat] = labelPoint([rectangle(0, 0, 1, 1), rectangle(20, 40, 30, 50)]) as Position
    expect(lon).toBeCloseTo(25, 0)
    expect(lat).toBeGreaterThan(40)
    expect(lat).toBeLessThan(50)
  })

  it('stays inside an L, where the centre of its bounding box is not', () => {
    const l: Position[][] = [
      [
        [0, 0],
        [10, 0],
        [10, 2],
        [2, 2],
        [2, 10],
        [0, 10],
        [0, 0],
      ],
    ]
    const [lon, lat] = labelPoint([l]) as Position
    expect(lon < 2 || lat < 2).toBe(true)
  })

  it('has nothing to say about no polygons', () => {
    expect(labelPoint([])).toBeNull()
  })
})

describe('labelMinZoom', () => {
  it('names large countries from the world view on, small ones only closer in', () => {
    expect(labelMinZoom(9_800_000)).toBe(1)
    expect(labelMinZoom(310_000)).toBe(3)
    expect(labelMinZoom(2_500)).toBe(5)
  })
})
