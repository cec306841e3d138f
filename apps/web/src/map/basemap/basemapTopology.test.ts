import { describe, expect, it } from 'vitest'
import { isBasemapTopology } from './basemapTopology'

const collection = { type: 'GeometryCollection', geometries: [] }

describe('isBasemapTopology', () => {
  it('takes a topology with countries, lines and labels', () => {
    const objects = { countries: collection, lines: collection, labels: collection }
    expect(isBasemapTopology({ type: 'Topology', arcs: [], objects })).toBe(true)
  })

  it('refuses anything else, such as world-atlas’s own file', () => {
    expect(isBasemapTopology({ type: 'Topology', arcs: [], objects: { countries: collection } })).toBe(false)
    expect(isBasemapTopology({ type: 'FeatureCollection', features: [] })).toBe(false)
    expect(isBasemapTopology(null)).toBe(false)
  })
})
