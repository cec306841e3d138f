import { describe, expect, it } from 'vitest'
import { bandAt, bandPlaces, placesAt } from './places'
import { flowTestData } from './testData'

describe('placesAt', () => {
  it('draws a place at its institutions’ mean, named for its main city', () => {
    const { institutions, positions } = flowTestData(70, 0)
    const { byKey, keys, numberOf } = placesAt({ kind: 'country' }, institutions, positions)
    const poland = byKey.get('PL')
    expect(poland?.institutions).toBe(20)
    expect(poland?.position[0]).toBeGreaterThan(19.3)
    expect(poland?.position[0]).toBeLessThan(21.1)
    expect(keys[numberOf.get('i2') ?? -1]).toBe('PL')
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

  it('numbers the places in the order of their keys, and each institution with a position by its place', () => {
    const { institutions, positions } = flowTestData(70, 0)
    positions.delete('i3')
    const { keys, numberOf, byKey } = placesAt({ kind: 'grid', degrees: 1 }, institutions, positions)
    expect(keys).toEqual([...byKey.keys()].sort())
    expect(new Set(numberOf.values())).toEqual(new Set(keys.keys()))
    expect(numberOf.has('i3')).toBe(false)
    expect(numberOf.size).toBe(69)
    for (const institution of institutions) {
      const position = positions.get(institution.id)
      if (!position) continue
      const [lon, lat] = position
      expect(keys[numberOf.get(institution.id) ?? -1]).toBe(`${Math.floor(lon)}:${Math.floor(lat)}`)
    }
  })

  it('works out each band’s places once for the data', () => {
    const { institutions, positions } = flowTestData(70, 0)
    const placesOf = bandPlaces(institutions, positions)
    const countries = placesOf(bandAt(1))
    expect(placesOf(bandAt(3))).toBe(countries)
    expect(placesOf(bandAt(5))).not.toBe(countries)
    expect(placesOf(bandAt(5.5))).toBe(placesOf(bandAt(5)))
    expect(countries).toEqual(placesAt(bandAt(1), institutions, positions))
  })
})
