import type { FeatureCollection } from 'geojson'
import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS, SOURCE_IDS } from '../map/layerIds'
import { imageStyle } from './imageStyle'

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] }
const style: StyleSpecification = {
  version: 8,
  sources: {
    [SOURCE_IDS.institutions]: { type: 'geojson', data: empty, cluster: true, clusterRadius: 44 },
    [SOURCE_IDS.arcs]: { type: 'geojson', data: empty },
  },
  layers: [
    { id: LAYER_IDS.background, type: 'background' },
    { id: LAYER_IDS.arcs, type: 'line', source: SOURCE_IDS.arcs },
    { id: LAYER_IDS.clusters, type: 'circle', source: SOURCE_IDS.institutions },
    { id: LAYER_IDS.clusterCounts, type: 'symbol', source: SOURCE_IDS.institutions },
    { id: LAYER_IDS.institutions, type: 'circle', source: SOURCE_IDS.institutions },
    { id: LAYER_IDS.institutionLabels, type: 'symbol', source: SOURCE_IDS.institutions },
    { id: LAYER_IDS.highlightedLabels, type: 'symbol', source: SOURCE_IDS.institutions },
  ],
}

describe('imageStyle', () => {
  it('draws every institution as its own circle, without the map’s names or clusters', () => {
    const drawn = imageStyle(style)
    expect(drawn.sources[SOURCE_IDS.institutions]).toMatchObject({ cluster: false, data: empty })
    expect(drawn.sources[SOURCE_IDS.arcs]).toBe(style.sources[SOURCE_IDS.arcs])
    expect(drawn.layers.map((layer) => layer.id)).toEqual([
      LAYER_IDS.background,
      LAYER_IDS.arcs,
      LAYER_IDS.institutions,
    ])
  })

  it('leaves the map’s style as it was', () => {
    imageStyle(style)
    expect(style.layers).toHaveLength(7)
    expect(style.sources[SOURCE_IDS.institutions]).toMatchObject({ cluster: true })
  })
})
