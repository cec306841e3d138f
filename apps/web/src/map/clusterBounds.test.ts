import type { Feature } from 'geojson'
import { describe, expect, it } from 'vitest'
import { clusterBounds } from './clusterBounds'

const at = (lon: number, lat: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: {},
})

describe('clusterBounds', () => {
  it('is the box around every member', () => {
    expect(clusterBounds([at(19.45, 51.75), at(21.01, 52.22), at(17.06, 51.11)])).toEqual([
      [17.06, 51.11],
      [21.01, 52.22],
    ])
  })

  it('is nothing for members on one point, or no members', () => {
    expect(clusterBounds([at(106.55, 29.56), at(106.55, 29.56)])).toBeUndefined()
    expect(clusterBounds([])).toBeUndefined()
  })
})
