import type { DiffCommand } from '@maplibre/maplibre-gl-style-spec'
import type { LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { applyLayerDiff, type LayerTarget, layerDiff } from './layerDiff'

const water: LayerSpecification = { id: 'water', type: 'background', paint: { 'background-color': '#00f' } }
const arcs: LayerSpecification = {
  id: 'arcs',
  type: 'line',
  source: 'arcs',
  filter: ['all'],
  layout: { visibility: 'visible' },
  paint: { 'line-color': '#000', 'line-width': 2 },
}

/** A stand-in for the map that keeps the order of its layers and a log of the rest. */
function fakeMap() {
  const layers: string[] = []
  const log: unknown[][] = []
  const map: LayerTarget = {
    addLayer: (layer, before) => {
      const at = before === undefined ? layers.length : layers.indexOf(before)
      layers.splice(at, 0, layer.id)
    },
    removeLayer: (id) => layers.splice(layers.indexOf(id), 1),
    setPaintProperty: (...args) => log.push(['paint', ...args]),
    setLayoutProperty: (...args) => log.push(['layout', ...args]),
    setFilter: (...args) => log.push(['filter', ...args]),
    setLayerZoomRange: (...args) => log.push(['zoom', ...args]),
  }
  return { map, layers, log }
}

describe('layerDiff and applyLayerDiff', () => {
  it('find nothing to do between equal layers', () => {
    expect(layerDiff([water, arcs], [structuredClone(water), structuredClone(arcs)])).toEqual([])
  })

  it('add every layer, in order, to a style that has none yet', () => {
    const { map, layers } = fakeMap()
    applyLayerDiff(map, layerDiff([], [water, arcs]))
    expect(layers).toEqual(['water', 'arcs'])
  })

  it('set each filter, paint and layout property that changed, and unset a dropped one', () => {
    const { map, log } = fakeMap()
    const next: LayerSpecification = {
      ...arcs,
      filter: ['all', ['has', 'year']],
      layout: { visibility: 'none' },
      paint: { 'line-color': '#fff' },
      minzoom: 4,
    }
    applyLayerDiff(map, layerDiff([water, arcs], [water, next]))
    expect(log).toEqual([
      ['layout', 'arcs', 'visibility', 'none'],
      ['paint', 'arcs', 'line-color', '#fff'],
      ['paint', 'arcs', 'line-width', undefined],
      ['filter', 'arcs', ['all', ['has', 'year']]],
      ['zoom', 'arcs', 4, undefined],
    ])
  })

  it('refuse a change beyond the layers, which would take the sources with it', () => {
    const setStyle: DiffCommand = { command: 'setStyle', args: [{ version: 8, sources: {}, layers: [] }] }
    expect(() => applyLayerDiff(fakeMap().map, [setStyle])).toThrow(/setStyle/)
  })
})
