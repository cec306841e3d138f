import type { Feature, FeatureCollection, Point } from 'geojson'
import { describe, expect, it } from 'vitest'
import { featureDiff } from './featureDiff'

const at = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] })
const feature = (id: string, geometry: Point, properties: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  geometry,
  properties: { id, ...properties },
})
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features })

describe('featureDiff', () => {
  const warsaw = at(21, 52.2)
  const lodz = at(19.5, 51.8)
  const beijing = at(116.4, 39.9)
  const before = collection(
    feature('uw', warsaw, { links: 3, name: 'UW' }),
    feature('pl', lodz, { links: 1, name: 'PŁ' }),
    feature('bh', beijing, { links: 4, name: 'Beihang', note: 'x' }),
  )

  it('removes, adds and updates features by their key, carrying only the properties that changed', () => {
    const after = collection(
      feature('uw', warsaw, { links: 3, name: 'UW' }),
      feature('bh', beijing, { links: 2, name: 'Beihang' }),
      feature('upv', at(-0.34, 39.48), { links: 1, name: 'UPV' }),
    )
    expect(featureDiff(before, after, 'id')).toEqual({
      remove: ['pl'],
      add: [after.features[2]],
      update: [{ id: 'bh', removeProperties: ['note'], addOrUpdateProperties: [{ key: 'links', value: 2 }] }],
    })
  })

  it('moves a feature whose geometry is another, and is empty when nothing changed', () => {
    const moved = at(21.01, 52.2)
    const after = collection(
      feature('uw', moved, { links: 3, name: 'UW' }),
      feature('pl', lodz, { links: 1, name: 'PŁ' }),
      feature('bh', beijing, { links: 4, name: 'Beihang', note: 'x' }),
    )
    expect(featureDiff(before, after, 'id')?.update).toEqual([{ id: 'uw', newGeometry: moved }])
    expect(featureDiff(before, before, 'id')).toEqual({ remove: [], add: [], update: [] })
  })

  it('gives up on a diff that would carry as much as the collection, more than half of it new or moved', () => {
    const after = collection(
      feature('uw', at(21, 52.2), { links: 3, name: 'UW' }),
      feature('pl', at(19.5, 51.8), { links: 1, name: 'PŁ' }),
      feature('bh', beijing, { links: 4, name: 'Beihang', note: 'x' }),
    )
    expect(featureDiff(before, after, 'id')).toBeNull()
    expect(featureDiff(collection(), after, 'id')).toBeNull()
  })
})
