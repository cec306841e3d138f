import type { FeatureCollection, MultiLineString } from 'geojson'
import { describe, expect, it } from 'vitest'
import type { BenchDataset } from '../generate/dataset'
import { type FloorArcProperties, floorArcPieces, floorInstitutions, initiativeToDrop } from './floorData'

function link(
  id: string,
  fromId: string,
  toId: string,
  initiatives: string[],
): BenchDataset['links'][number] {
  return { id, fromId, toId, kind: 'cooperation_agreement', initiatives, startYear: 2020, endYear: null }
}

const DATASET: BenchDataset = {
  size: 'S',
  institutions: [
    { id: 'suva', name: 'Suva', kind: 'university', country: 'FJ', city: 'Suva', lat: -18.1, lng: 178.4 },
    { id: 'apia', name: 'Apia', kind: 'university', country: 'WS', city: 'Apia', lat: -13.8, lng: -171.8 },
    { id: 'lodz', name: 'Łódź', kind: 'college', country: 'PL', city: 'Łódź', lat: 51.76, lng: 19.46 },
  ],
  links: [
    link('a', 'suva', 'apia', ['child', 'parent']),
    link('b', 'suva', 'lodz', ['other']),
    link('c', 'apia', 'lodz', ['parent']),
    link('d', 'apia', 'nowhere', ['parent']),
  ],
  initiatives: [
    { id: 'parent', name: 'Parent', parentId: null },
    { id: 'child', name: 'Child', parentId: 'parent' },
    { id: 'other', name: 'Other', parentId: null },
  ],
}

function arcs(dataset: BenchDataset): FeatureCollection<MultiLineString, FloorArcProperties> {
  return JSON.parse(Buffer.concat(floorArcPieces(dataset)).toString('utf8'))
}

describe('the bare page’s data', () => {
  it('draws every link between two known institutions as one arc carrying its first initiative', () => {
    const { features } = arcs(DATASET)
    expect(features.map((feature) => feature.properties)).toEqual([
      { id: 'a', initiative: 'child' },
      { id: 'b', initiative: 'other' },
      { id: 'c', initiative: 'parent' },
    ])
  })

  it('cuts an arc across the Pacific at the antimeridian, with vertices no more than 1.5° apart', () => {
    const [pacific] = arcs(DATASET).features
    const parts = pacific?.geometry.coordinates ?? []
    expect(parts).toHaveLength(2)
    for (const part of parts) for (const [lon] of part) expect(Math.abs(lon ?? 0)).toBeLessThanOrEqual(180)
    expect(parts.flat().length).toBeGreaterThan(8)
  })

  it('stays one valid document when the arcs come in many pieces', () => {
    const many = {
      ...DATASET,
      links: Array.from({ length: 4_500 }, (_, i) => link(`link-${i}`, 'suva', 'lodz', ['other'])),
    }
    expect(arcs(many).features).toHaveLength(4_500)
  })

  it('places every institution as a point', () => {
    expect(floorInstitutions(DATASET).features.map((feature) => feature.geometry.coordinates)).toEqual([
      [178.4, -18.1],
      [-171.8, -13.8],
      [19.46, 51.76],
    ])
  })

  it('turns off the initiative without sub-initiatives that comes first on most links', () => {
    expect(initiativeToDrop(DATASET).id).toBe('child')
    expect(initiativeToDrop({ ...DATASET, links: DATASET.links.slice(1, 2) }).id).toBe('other')
  })
})
