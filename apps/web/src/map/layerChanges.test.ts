import type { LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { layerChanges } from './layerChanges'

const arcs: LayerSpecification = {
  id: 'arcs',
  type: 'line',
  source: 'arcs',
  filter: ['all'],
  layout: { visibility: 'visible' },
  paint: { 'line-color': '#000', 'line-width': 2 },
}

describe('layerChanges', () => {
  it('finds nothing to do between equal layers', () => {
    expect(layerChanges([arcs], [structuredClone(arcs)])).toEqual([])
  })

  it('lists each filter, paint and layout property that changed, and a dropped one as undefined', () => {
    const next: LayerSpecification = {
      ...arcs,
      filter: ['all', ['has', 'year']],
      layout: { visibility: 'none' },
      paint: { 'line-color': '#fff' },
    }
    expect(layerChanges([arcs], [next])).toEqual([
      { kind: 'filter', layerId: 'arcs', value: ['all', ['has', 'year']] },
      { kind: 'paint', layerId: 'arcs', name: 'line-color', value: '#fff' },
      { kind: 'paint', layerId: 'arcs', name: 'line-width', value: undefined },
      { kind: 'layout', layerId: 'arcs', name: 'visibility', value: 'none' },
    ])
  })

  it('refuses lists of different layers', () => {
    expect(() => layerChanges([arcs], [{ ...arcs, id: 'other' }])).toThrow(/layers changed/)
  })
})
