import { describe, expect, it } from 'vitest'
import { placesAt } from './places'
import { flowTestData } from './testData'

describe('placesAt', () => {
  it('draws a place at its institutions’ mean, named for its main city', () => {
    const { institutions, positions } = flowTestData(70, 0)
    const { byKey, of } = placesAt({ kind: 'country' }, institutions, positions)
    const poland = byKey.get('PL')
    expect(poland?.institutions).toBe(20)
    expect(poland?.position[0]).toBeGreaterThan(19.3)
    expect(poland?.position[0]).toBeLessThan(21.1)
    expect(of.get('i2')).toBe('PL')
    expect(byKey.get('CN')?.city).toMatch(/Beijing|Shanghai/)
  })

  it('meets across the antimeridian rather than at the far side of the world', () => {
    const { institutions } = flowTestData(2, 0)
    const [east, west] = institutions
    if (!east || !west) throw new Error('no institutions')
    const fiji = [
      { ...east, id: 'e', country: 'FJ' as const, lon: 179, lat: -17 },
      { ...west, id: 'w', country: 'FJ' as const, lon: -179, lat: -17 },
    ]
    const positions = new Map(fiji.map(({ id, lon, lat }) => [id, [lon, lat] as [number, number]]))
    const [lon = 0] = placesAt({ kind: 'country' }, fiji, positions).byKey.get('FJ')?.position ?? []
    expect(Math.abs(lon)).toBeCloseTo(180, 5)
  })
})
