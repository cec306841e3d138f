import type { LineString, MultiLineString, Position } from 'geojson'
import { describe, expect, it } from 'vitest'
import { exportFixture, lodz } from './fixtures/exportFixture'
import { atlasFeatureCollection, geoJsonBlob, institutionFeatures, linkFeatures } from './geojsonExport'

const inRange = ([lon = 0, lat = 0]: Position) => lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90

describe('institutionFeatures', () => {
  it('gives each shown institution as a point with its names and place', () => {
    const [feature] = institutionFeatures(exportFixture)
    expect(feature).toEqual({
      type: 'Feature',
      id: 'lodz-university-of-technology',
      geometry: { type: 'Point', coordinates: [19.4536, 51.7474] },
      properties: {
        featureType: 'institution',
        id: 'lodz-university-of-technology',
        name: 'Lodz University of Technology',
        nativeName: 'Politechnika Łódzka',
        otherNames: ['TUL', 'PŁ'],
        kind: 'university',
        city: 'Łódź',
        countryCode: 'PL',
        country: 'Poland',
        locationPrecision: 'campus',
        linksShown: 1,
      },
    })
  })

  it('rounds coordinates to six decimals', () => {
    const precise = { ...exportFixture, institutions: [{ ...lodz, lon: 19.123456789, lat: -0.0000004 }] }
    expect(institutionFeatures(precise)[0]?.geometry.coordinates).toEqual([19.123457, 0])
    expect(Object.is(institutionFeatures(precise)[0]?.geometry.coordinates[1], 0)).toBe(true)
  })
})

describe('linkFeatures', () => {
  const [eurasia, pacific] = linkFeatures(exportFixture)
  const geometry = <T>(feature: { geometry: unknown } | undefined) => {
    if (!feature) throw new Error('the link has no feature')
    return feature.geometry as T
  }

  it('draws a link that stays on one side of the antimeridian as one great-circle LineString', () => {
    expect(eurasia?.geometry.type).toBe('LineString')
    const line = geometry<LineString>(eurasia)
    expect(line.coordinates[0]).toEqual([19.4536, 51.7474])
    expect(line.coordinates.at(-1)).toEqual([116.4795, 39.8738])
    // A great circle from Łódź to Beijing bulges north of both ends.
    expect(Math.max(...line.coordinates.map(([, lat = 0]) => lat))).toBeGreaterThan(52)
    expect(line.coordinates.every(inRange)).toBe(true)
  })

  it('cuts a link across the Pacific at the antimeridian into a MultiLineString', () => {
    expect(pacific?.geometry.type).toBe('MultiLineString')
    const parts = geometry<MultiLineString>(pacific).coordinates
    expect(parts).toHaveLength(2)
    expect(parts[0]?.[0]).toEqual([174.7683, -36.8523])
    expect(parts[0]?.at(-1)?.[0]).toBe(180)
    expect(parts[1]?.[0]?.[0]).toBe(-180)
    expect(parts[1]?.at(-1)).toEqual([-70.6506, -33.4378])
    expect(parts.flat().every(inRange)).toBe(true)
  })

  it('names the ends, initiatives, group and source', () => {
    expect(eurasia?.properties).toMatchObject({
      featureType: 'link',
      id: 'sino-polish-lodz',
      fromName: 'Lodz University of Technology',
      toName: 'Beijing University of Technology',
      initiativeIds: ['sino-polish-consortium', 'belt-and-road'],
      initiatives: ['Sino-Polish University Consortium', 'Belt and Road'],
      group: 'Consortium of Universities, Poland–China',
      sourceId: 'founding-statement',
      source: 'Founding statement, 2017',
    })
    expect(pacific?.properties).toMatchObject({ group: null, groupId: null, startDate: '2016-01-01' })
  })

  it('leaves out a link whose end is unknown', () => {
    const orphan = {
      ...exportFixture.links[1],
      id: 'orphan',
      toId: 'nowhere',
    } as (typeof exportFixture.links)[number]
    expect(linkFeatures({ ...exportFixture, links: [orphan] })).toEqual([])
  })
})

describe('atlasFeatureCollection', () => {
  it('is one RFC 7946 FeatureCollection of institutions then links, that survives JSON', async () => {
    const collection = atlasFeatureCollection(exportFixture)
    expect(collection.type).toBe('FeatureCollection')
    expect(collection.features.map((feature) => feature.properties?.featureType)).toEqual([
      'institution',
      'institution',
      'institution',
      'institution',
      'link',
      'link',
    ])
    const blob = geoJsonBlob(collection)
    expect(blob.type).toBe('application/geo+json')
    expect(JSON.parse(await blob.text())).toEqual(collection)
  })
})
