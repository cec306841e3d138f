import type { FilterSpecification, StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS, SOURCE_IDS } from '../map/layerIds'
import { shownData } from './shownData'

const styleWith = (arcFilter: FilterSpecification | undefined): StyleSpecification => ({
  version: 8,
  sources: {
    [SOURCE_IDS.institutions]: {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { id: 'lodz', name: 'Politechnika Łódzka', links: 3 },
            geometry: { type: 'Point', coordinates: [19.45, 51.75] },
          },
          {
            type: 'Feature',
            properties: { id: 'bjut', name: 'Beijing University of Technology' },
            geometry: { type: 'Point', coordinates: [116.4, 39.9] },
          },
        ],
      },
    },
    [SOURCE_IDS.arcs]: {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { id: 'shown', 'in:sp': true },
            geometry: {
              type: 'MultiLineString',
              coordinates: [
                [
                  [19.45, 51.75],
                  [60, 60],
                ],
                [
                  [60, 60],
                  [116.4, 39.9],
                ],
              ],
            },
          },
          {
            type: 'Feature',
            properties: { id: 'hidden' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [116.4, 39.9],
                [-0.38, 39.47],
              ],
            },
          },
        ],
      },
    },
    [SOURCE_IDS.countries]: { type: 'geojson', data: 'https://example.org/countries.json' },
  },
  layers: [
    {
      id: LAYER_IDS.arcs,
      type: 'line',
      source: SOURCE_IDS.arcs,
      ...(arcFilter && { filter: arcFilter }),
    },
  ],
})

describe('shownData', () => {
  it('reads the shown institutions with their names and links, and the vertices of the arcs the filter shows', () => {
    expect(shownData(styleWith(['has', 'in:sp']))).toEqual({
      places: [
        { name: 'Politechnika Łódzka', position: [19.45, 51.75], links: 3 },
        { name: 'Beijing University of Technology', position: [116.4, 39.9], links: 0 },
      ],
      arcPoints: [
        [19.45, 51.75],
        [60, 60],
        [60, 60],
        [116.4, 39.9],
      ],
    })
  })

  it('takes every arc when the arcs’ layer has no filter', () => {
    const { arcPoints } = shownData(styleWith(undefined))
    expect(arcPoints).toContainEqual([-0.38, 39.47])
  })

  it('finds nothing in a style without the atlas’s sources', () => {
    expect(shownData({ version: 8, sources: {}, layers: [] })).toEqual({ places: [], arcPoints: [] })
  })
})
