import { describe, expect, it } from 'vitest'
import {
  type CodeOf,
  countries,
  countryLabels,
  countryLines,
  countryPolygons,
  type WorldAtlasTopology,
} from './countryShapes'

// Two squares sharing the meridian at 0° (arc 0), and an island astride the antimeridian.
const world: WorldAtlasTopology = {
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [0, 10],
    ],
    [
      [0, 10],
      [-10, 10],
      [-10, 0],
      [0, 0],
    ],
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ],
    [
      [178, -16],
      [180, -16],
      [-178, -16],
      [-178, -18],
      [180, -18],
      [178, -18],
      [178, -16],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], id: '616', properties: { name: 'West' } },
        { type: 'Polygon', arcs: [[-1, 2]], properties: { name: 'East' } },
        { type: 'MultiPolygon', arcs: [[[3]]], id: '242', properties: { name: 'Fiji' } },
      ],
    },
  },
}

const codeOf: CodeOf = ({ numeric }) => (numeric === '616' ? 'PL' : numeric === '242' ? 'FJ' : null)
const all = countries(world, codeOf)

describe('countries', () => {
  it('gives each country the ISO code of its numeric code', () => {
    expect(all.map(({ name, iso }) => [name, iso])).toEqual([
      ['West', 'PL'],
      ['East', null],
      ['Fiji', 'FJ'],
    ])
  })

  it('cuts a country at the antimeridian, every longitude within ±180', () => {
    const fiji = all[2]
    expect(fiji?.polygons).toHaveLength(2)
    for (const [lon] of fiji?.polygons.flat(2) ?? []) expect(Math.abs(lon)).toBeLessThanOrEqual(180)
  })
})

describe('countryPolygons', () => {
  it('draws each country as one feature, named and coded', () => {
    const { features } = countryPolygons(all)
    expect(features.map((feature) => feature.properties)).toEqual([
      { name: 'West', iso: 'PL' },
      { name: 'East', iso: null },
      { name: 'Fiji', iso: 'FJ' },
    ])
    expect(features[2]?.geometry.coordinates).toEqual(all[2]?.polygons)
  })
})

describe('countryLines', () => {
  it('draws a shared border once, and coastlines apart, cut at the antimeridian', () => {
    const [borders, coasts] = countryLines(world).features
    expect(borders?.properties.kind).toBe('border')
    expect(borders?.geometry.coordinates).toEqual([
      [
        [0, 0],
        [0, 10],
      ],
    ])
    expect(coasts?.properties.kind).toBe('coast')
    expect(coasts?.geometry.coordinates).toHaveLength(4)
  })
})

describe('countryLabels', () => {
  it('puts each name inside its country, shown from the zoom at which it fits', () => {
    const [west] = countryLabels(all).features
    expect(west?.properties).toEqual({ name: 'West', iso: 'PL', minzoom: 2 })
    const [lon = 0, lat = 0] = west?.geometry.coordinates ?? []
    expect(lon).toBeCloseTo(-5, 0)
    expect(lat).toBeCloseTo(5, 0)
  })
})
