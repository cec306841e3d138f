import { describe, expect, it } from 'vitest'
import { distanceKm, PointGrid } from './nearby'

describe('PointGrid', () => {
  it('finds the nearest point within the distance, and none beyond it', () => {
    const grid = new PointGrid<string>()
    grid.add(21.01056, 52.22028, 'warsaw-university-of-technology')
    grid.add(21.0122, 52.2297, 'warsaw-centre')
    expect(grid.nearest(21.013, 52.223, 1)).toEqual({
      value: 'warsaw-university-of-technology',
      km: expect.closeTo(0.345, 3),
    })
    expect(grid.nearest(21.05, 52.25, 1)).toBeUndefined()
  })

  it('finds neighbours across the antimeridian', () => {
    const grid = new PointGrid<string>()
    grid.add(179.999, -16.5, 'east')
    expect(grid.nearest(-179.999, -16.5, 1)?.value).toBe('east')
  })
})

describe('distanceKm', () => {
  it('measures along the great circle', () => {
    expect(distanceKm(21.0122, 52.2297, 19.4559, 51.7592)).toBeCloseTo(119.1, 0)
  })
})
