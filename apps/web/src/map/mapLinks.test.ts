import { describe, expect, it } from 'vitest'
import { GROUPS, INITIATIVES, INSTITUTIONS, LINKS } from './fixtures'
import { mapLinks } from './mapLinks'

describe('mapLinks', () => {
  it('draws each link once, its initiatives the most specific first', () => {
    const arcs = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, false)
    expect(arcs.map((arc) => arc.id)).toEqual(LINKS.map((link) => link.id))
    expect(arcs[0]).toEqual({
      id: 'm-bistu',
      linkId: 'm-bistu',
      otherLinkId: null,
      from: 'bistu',
      to: 'bjut',
      fromCountry: 'CN',
      toCountry: 'CN',
      kind: 'consortium_membership',
      year: 2017,
      endYear: null,
      initiatives: ['sp', 'bri'],
      ownInitiatives: ['sp'],
    })
    expect(arcs.find((arc) => arc.id === 'bpc-training')?.year).toBeNull()
  })

  it('leaves out a link to an institution it does not know', () => {
    expect(
      mapLinks(LINKS, GROUPS, INSTITUTIONS.slice(1), INITIATIVES, false).map((arc) => arc.id),
    ).not.toContain('m-bistu')
  })

  it('pairwise, replaces a group’s links by an arc between every two of its institutions, seat included', () => {
    const arcs = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, true)
    const ids = arcs.map((arc) => arc.id)
    expect(ids).not.toContain('m-lodz')
    expect(ids).toContain('bpc-zambia')
    expect(ids.filter((id) => id.startsWith('consortium|'))).toEqual([
      'consortium|bjut|bistu',
      'consortium|bjut|lodz',
      'consortium|bistu|lodz',
    ])
    expect(ids.filter((id) => id.startsWith('institute-group|'))).toHaveLength(3)
  })

  it('dates a pair from when the later of the two joined, and lets it stand for both memberships', () => {
    const pair = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, true).find(
      (arc) => arc.id === 'consortium|bistu|lodz',
    )
    expect(pair).toMatchObject({
      linkId: 'm-bistu',
      otherLinkId: 'm-lodz',
      kind: 'consortium_membership',
      year: 2018,
      initiatives: ['sp', 'bri'],
      fromCountry: 'CN',
      toCountry: 'PL',
    })
  })

  it('lets a pair with the seat stand for the other member’s membership alone', () => {
    const pair = mapLinks(LINKS, GROUPS, INSTITUTIONS, INITIATIVES, true).find(
      (arc) => arc.id === 'consortium|bjut|lodz',
    )
    expect(pair).toMatchObject({ linkId: 'm-lodz', otherLinkId: null, year: 2018 })
  })
})
