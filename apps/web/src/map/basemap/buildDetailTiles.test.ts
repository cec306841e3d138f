import type { Feature, Point } from 'geojson'
import { describe, expect, it } from 'vitest'
import { detailTiles } from './buildDetailTiles'
import { DETAIL_TILES } from './detailTiles'
import type { PlaceProperties } from './placeZooms'

const place = (name: string, minzoom: number, lon: number, lat: number): Feature<Point, PlaceProperties> => ({
  type: 'Feature',
  properties: { name, population: 1000, minzoom },
  geometry: { type: 'Point', coordinates: [lon, lat] },
})

/** A square island around Beijing, its coast, and two of its places. */
const sources = {
  land: {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        properties: {},
        geometry: {
          type: 'MultiPolygon' as const,
          coordinates: [
            [
              [
                [115, 39],
                [118, 39],
                [118, 41],
                [115, 41],
                [115, 39],
              ],
            ],
          ],
        },
      },
    ],
  },
  lines: {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        properties: { kind: 'coast' as const },
        geometry: {
          type: 'MultiLineString' as const,
          coordinates: [
            [
              [115, 39],
              [118, 39],
              [118, 41],
            ],
          ],
        },
      },
    ],
  },
  places: [place('Beijing', 3, 116.4, 39.9), place('Tongzhou', 9, 116.66, 39.91)],
}

const text = (data: Uint8Array) => new TextDecoder().decode(data)

describe('detailTiles', () => {
  const tiles = new Map([...detailTiles(sources)].map(({ name, data }) => [name, text(data)]))

  it('writes tiles only where there is something to draw, from the first zoom to the last', () => {
    // Beijing lies in tile 26/12 of zoom 5, 13/6 of zoom 4 and 6/3 of zoom 3; the island reaches into 26/11.
    expect([...tiles.keys()].sort()).toEqual(['3/6/3', '4/13/6', '5/26/11', '5/26/12'])
    expect(DETAIL_TILES.maxZoom).toBe(5)
  })

  it('holds a place from the zoom it is named at, and every place at the last zoom', () => {
    expect(tiles.get('3/6/3')).toContain('Beijing')
    expect(tiles.get('4/13/6')).not.toContain('Tongzhou')
    expect(tiles.get('5/26/12')).toContain('Tongzhou')
  })

  it('gives the deepest tiles their land, sea and lines', () => {
    for (const layer of ['land', 'sea', 'lines', 'places']) expect(tiles.get('5/26/12')).toContain(layer)
    expect(tiles.get('3/6/3')).not.toContain('land')
  })
})
