import { angularDistance } from '@atlas/geo'
import { describe, expect, it } from 'vitest'
import { displayPositions } from './displayPositions'
import { INSTITUTIONS } from './fixtures'

describe('displayPositions', () => {
  const positions = displayPositions(INSTITUTIONS)

  it('draws an institution alone at its point where it is', () => {
    expect(positions.get('lodz')).toEqual([19.453, 51.753])
  })

  it('spreads institutions that share a point around it, within a few kilometres and apart from each other', () => {
    const bistu = positions.get('bistu')
    const bpc = positions.get('bpc')
    if (!bistu || !bpc) throw new Error('missing positions')
    expect(bistu).not.toEqual(bpc)
    for (const position of [bistu, bpc]) {
      expect(angularDistance(position, [116.4074, 39.9042])).toBeLessThan(0.05)
    }
    expect(angularDistance(bistu, bpc)).toBeGreaterThan(0.005)
  })

  it('lays eight on one point out in two columns of four, centred on it, in order of name', () => {
    const [first] = INSTITUTIONS
    if (!first) throw new Error('no institutions')
    const city = { ...first, lon: 106.55, lat: 29.56 }
    const eight = 'hgfedcba'
      .split('')
      .map((letter) => ({ ...city, id: letter, name: `University ${letter}` }))
    const grid = displayPositions(eight)
    const [a, b, c] = ['a', 'b', 'c'].map((id) => grid.get(id) ?? [0, 0])
    expect(a?.[1]).toBeCloseTo(b?.[1] ?? 0)
    expect(a?.[0]).toBeLessThan(b?.[0] ?? 0)
    expect(c?.[1]).toBeLessThan(a?.[1] ?? 0)
    const lons = [...grid.values()].map(([lon]) => lon)
    const lats = [...grid.values()].map(([, lat]) => lat)
    expect(new Set(lons.map((lon) => lon.toFixed(6))).size).toBe(2)
    expect(new Set(lats.map((lat) => lat.toFixed(6))).size).toBe(4)
    expect(lons.reduce((sum, lon) => sum + lon, 0) / 8).toBeCloseTo(106.55)
    expect(lats.reduce((sum, lat) => sum + lat, 0) / 8).toBeCloseTo(29.56)
  })

  it('lays a group out the same whatever order the institutions come in', () => {
    expect(displayPositions([...INSTITUTIONS].reverse())).toEqual(positions)
  })
})
