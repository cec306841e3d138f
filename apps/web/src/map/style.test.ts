import type { StyleSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { SOURCE_IDS } from './layerIds'
import { offlineStyle, withAtlasSources } from './style'

describe('offlineStyle', () => {
  const style = offlineStyle()

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

describe('withAtlasSources', () => {
  it('adds the atlas’s sources and fonts to an online basemap’s, keeping its own', () => {
    const basemap: StyleSpecification = {
      version: 8,
      glyphs: 'https://example.org/{fontstack}/{range}.pbf',
      sources: { tiles: { type: 'vector', url: 'https://example.org/tiles.json' } },
      layers: [{ id: 'water', type: 'background' }],
    }
    const style = withAtlasSources(basemap)
    expect(style.glyphs).toBe(basemap.glyphs)
    expect(Object.keys(style.sources)).toContain('tiles')
    expect(Object.keys(style.sources)).toContain(SOURCE_IDS.arcs)
    expect(Object.keys(style['font-faces'] ?? {})).toContain('Noto Sans Regular')
    expect(style.layers).toEqual(basemap.layers)
  })
})
