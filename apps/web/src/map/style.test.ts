import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYER_STATE } from './fixtures'
import { SOURCE_IDS } from './layerIds'
import { atlasLayers } from './layers'
import { offlineStyle, withAtlasLayers } from './style'

const layers = atlasLayers(DEFAULT_LAYER_STATE)

describe('offlineStyle', () => {
  const style = offlineStyle(layers)

  it('names no other host: no glyph server, no sprite, no tiles, fonts shipped with the app', () => {
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
    expect(JSON.stringify(style)).not.toMatch(/https?:/)
    expect(Object.keys(style['font-faces'] ?? {})).toEqual(['Noto Sans Regular', 'Noto Sans SemiBold'])
  })

  it('has every source the layers draw from, clustering the institutions', () => {
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(SOURCE_IDS).sort())
    expect(style.sources[SOURCE_IDS.institutions]).toMatchObject({ cluster: true })
  })
})

describe('withAtlasLayers', () => {
  it('puts the atlas’s sources and layers on top of an online basemap’s', () => {
    const basemap: StyleSpecification = {
      version: 8,
      glyphs: 'https://example.org/{fontstack}/{range}.pbf',
      sources: { tiles: { type: 'vector', url: 'https://example.org/tiles.json' } },
      layers: [{ id: 'water', type: 'background' }],
    }
    const style = withAtlasLayers(basemap, layers)
    expect(style.glyphs).toBe(basemap.glyphs)
    expect(Object.keys(style.sources)).toContain('tiles')
    expect(Object.keys(style.sources)).toContain(SOURCE_IDS.arcs)
    expect(style.layers.map((l) => l.id).slice(0, 2)).toEqual(['water', layers[0]?.id])
  })
})
