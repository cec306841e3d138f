import { describe, expect, it } from 'vitest'
import {
  type CountriesTopology,
  type CountryEntry,
  countryLabels,
  countryLines,
  countryPolygons,
} from './countryShapes'

// Two squares sharing the meridian at 0° (arc 0), and an island astride the antimeridian.
const topology = {
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
} as unknown as CountriesTopology

const entries: CountryEntry[] = [
  { name: 'West', iso: 'PL', label: [-5, 5], minzoom: 3 },
  { name: 'East', iso: null, label: [5, 5], minzoom: 3 },
  { name: 'Fiji', iso: 'FJ', label: [179, -17], minzoom: 5 },
]

describe('countryPolygons', () => {
  it('gives each country the ISO code of its entry, and its numeric code', () => {
    const { features } = countryPolygons(topology, entries)
    expect(features.map((feature) => feature.properties)).toEqual([
      { name: 'West', numeric: '616', iso: 'PL' },
      { name: 'East', numeric: null, iso: null },
      { name: 'Fiji', numeric: '242', iso: 'FJ' },
    ])
  })

  it('cuts a country at the antimeridian, every longitude within ±180', () => {
    const fiji = countryPolygons(topology, entries).features[2]
    expect(fiji?.geometry.coordinates).toHaveLength(2)
    for (const [lon] of fiji?.geometry.coordinates.flat(2) ?? [])
      expect(Math.abs(lon ?? 0)).toBeLessThanOrEqual(180)
  })
})

describe('countryLines', () => {
  it('draws a shared border once, and coastlines apart, cut at the antimeridian', () => {
    const [borders, coasts] = countryLines(topology).features
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
  it('puts each name at its label point', () => {
    expect(countryLabels(entries).features[0]).toEqual({
      type: 'Feature',
      properties: { name: 'West', iso: 'PL', minzoom: 3 },
      geometry: { type: 'Point', coordinates: [-5, 5] },
    })
  })
})
