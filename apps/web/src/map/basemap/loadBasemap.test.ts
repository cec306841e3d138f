import { readFile } from 'node:fs/promises'
import type { Geometry, Position } from 'geojson'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type Basemap, loadBasemap } from './loadBasemap'

/** Every line of a geometry: a polygon's rings, a line itself. */
function linesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates
    case 'MultiPolygon':
      return geometry.coordinates.flat()
    default:
      return []
  }
}

describe('loadBasemap, with the basemap shipped in this folder', () => {
  let basemap: Basemap
  beforeAll(async () => {
    const file = await readFile(new URL('./basemap.json', import.meta.url), 'utf8')
    vi.stubGlobal('fetch', async () => new Response(file))
    basemap = await loadBasemap()
  })
  afterEach(() => vi.unstubAllGlobals())

  it('has every country, named and coded, each with a place for its name', () => {
    const { countries, labels } = basemap
    expect(countries.features.length).toBeGreaterThan(200)
    expect(labels.features).toHaveLength(countries.features.length)
    const china = countries.features.find(({ properties }) => properties.iso === 'CN')
    expect(china?.properties.name).toBe('China')
    expect(labels.features.find(({ properties }) => properties.iso === 'CN')?.properties.minzoom).toBe(1)
  })

  it('comes cut at the antimeridian: no line jumps across the map, except along a pole', () => {
    const { countries, lines } = basemap
    const jumps = [...countries.features, ...lines.features].flatMap(({ geometry, properties }) =>
      linesOf(geometry).flatMap((line) =>
        line.flatMap(([lon = 0, lat = 0], i) => {
          const [previousLon = lon, previousLat = lat] = line[i - 1] ?? []
          const alongPole = Math.abs(lat) === 90 && previousLat === lat
          const jump = Math.abs(lon) > 180 || (Math.abs(lon - previousLon) >= 180 && !alongPole)
          return jump ? [{ properties, from: line[i - 1], to: line[i] }] : []
        }),
      ),
    )
    expect(jumps).toEqual([])
  })

  it('parts borders from coasts', () => {
    expect(basemap.lines.features.map(({ properties }) => properties.kind)).toEqual(['border', 'coast'])
  })
})
