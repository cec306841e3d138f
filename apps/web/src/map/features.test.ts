import { linkMatchesFilter } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { NO_FILTER } from '../state/atlasView'
import { displayPositions } from './displayPositions'
import { arcCollection, institutionCollection, institutionLinks, institutionPoints } from './features'
import { GROUPS, INITIATIVES, INSTITUTIONS, LINKS } from './fixtures'
import { mapLinks } from './mapLinks'

const positions = displayPositions(INSTITUTIONS)
const arcs = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, false)

describe('arcCollection', () => {
  const features = arcCollection(arcs, positions).features

  it('carries what the filters and paint read, a flag per initiative it counts under, no unknown year', () => {
    expect(features[0]?.properties).toEqual({
      id: 'm-bistu',
      link: 'm-bistu',
      from: 'bistu',
      to: 'bjut',
      fromCountry: 'CN',
      toCountry: 'CN',
      kind: 'consortium_membership',
      year: 2017,
      i0: 'sp',
      i1: 'bri',
      n: 2,
      'in:sp': true,
    })
    expect(features.find((f) => f.properties.id === 'bpc-training')?.properties).not.toHaveProperty('year')
  })

  it('draws a great circle from where one end is drawn to where the other is', () => {
    const lodz = features.find((f) => f.properties.id === 'm-lodz')
    const line = lodz?.geometry.coordinates[0] ?? []
    expect(line[0]).toEqual(positions.get('lodz'))
    expect(line.at(-1)).toEqual(positions.get('bjut'))
    expect(Math.max(...line.map(([, lat]) => lat ?? 0))).toBeGreaterThan(52)
  })
})

describe('institutionCollection', () => {
  const collect = (filter = NO_FILTER) =>
    institutionCollection(
      institutionPoints(INSTITUTIONS, positions, institutionLinks(arcs)),
      arcs.filter((arc) => linkMatchesFilter(arc, filter)),
      filter,
    ).features.map((f) => f.properties)

  it('counts shown links and colours each by the initiative first on most of its links', () => {
    const bpc = collect().find((p) => p.id === 'bpc')
    expect(bpc).toMatchObject({ links: 2, initiative: 'bri', kind: 'college' })
    expect(collect().find((p) => p.id === 'bjut')).toMatchObject({ links: 2, initiative: 'sp' })
  })

  it('shows only institutions at the end of a shown link once more than countries are filtered', () => {
    expect(collect({ ...NO_FILTER, initiatives: ['csp'] }).map((p) => p.id)).toEqual([
      'upv',
      'beihang',
      'institute',
    ])
  })

  it('shows an institution without links while only countries are filtered and its country is among them', () => {
    expect(collect().map((p) => p.id)).toContain('lonely')
    expect(collect({ ...NO_FILTER, countries: ['DE'] }).map((p) => p.id)).toEqual(['lonely'])
    expect(collect({ ...NO_FILTER, countries: ['PL'] }).map((p) => p.id)).toEqual(['bjut', 'lodz'])
    expect(collect({ ...NO_FILTER, linkKinds: ['joint_institute'] }).map((p) => p.id)).not.toContain('lonely')
  })

  it('labels with the city, after the native name when that is written in another script', () => {
    const sub = (id: string) => collect().find((p) => p.id === id)?.sub
    expect(sub('bjut')).toBe('北京工业大学 · Beijing')
    expect(sub('lodz')).toBe('Łódź')
    expect(sub('bpc')).toBe('Beijing')
  })
})
