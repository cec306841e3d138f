import { describe, expect, it } from 'vitest'
import { mapAttribution } from './mapAttribution'

describe('mapAttribution', () => {
  it('gives each source’s credit once, as plain text', () => {
    expect(
      mapAttribution({
        sources: {
          countries: {
            type: 'geojson',
            data: { type: 'FeatureCollection', features: [] },
            attribution: 'Natural Earth',
          },
          lines: {
            type: 'geojson',
            data: { type: 'FeatureCollection', features: [] },
            attribution: 'Natural Earth',
          },
          tiles: {
            type: 'vector',
            url: 'https://tiles.example.org/tiles.json',
            attribution:
              '<a href="https://www.openstreetmap.org/copyright">&copy; OpenStreetMap</a>  contributors',
          },
          arcs: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
        },
      }),
    ).toBe('Natural Earth · © OpenStreetMap contributors')
  })

  it('is empty when no source asks for credit', () => {
    expect(mapAttribution({ sources: {} })).toBe('')
  })
})
