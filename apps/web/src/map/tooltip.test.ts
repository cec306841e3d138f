import type { CountryCode } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { INSTITUTIONS } from './fixtures'
import type { MapTarget } from './pick'
import { tooltipText } from './tooltip'

const lookup = {
  institutions: new Map(INSTITUTIONS.map((institution) => [institution.id, institution])),
  initiativeNames: new Map([['belt-and-road', 'Belt and Road']]),
  linksByCountry: null,
}

describe('tooltipText', () => {
  it('names an institution, where it is and how many of its links are shown', () => {
    expect(tooltipText({ type: 'institution', id: 'lodz', links: 1 }, lookup)).toEqual({
      title: 'LODZ',
      details: ['Politechnika Łódzka', 'Łódź, Poland', '1 link shown'],
    })
  })

  it('names both ends of a link and its kind', () => {
    expect(
      tooltipText(
        { type: 'link', linkId: 'm-lodz', from: 'lodz', to: 'bjut', kind: 'consortium_membership' },
        lookup,
      ),
    ).toEqual({ title: 'LODZ — BJUT', details: ['Consortium membership'] })
  })

  it('counts a cluster and says how to open it', () => {
    expect(tooltipText({ type: 'cluster', clusterId: 1, count: 9, position: [0, 0] }, lookup)).toEqual({
      title: '9 institutions',
      details: ['Click to zoom in'],
    })
  })

  it('counts a country’s links only while countries are shaded', () => {
    const country = { type: 'country', code: 'PL', name: 'Poland' } as const
    expect(tooltipText(country, lookup)).toBeNull()
    const shaded = { ...lookup, linksByCountry: new Map<CountryCode, number>([['PL', 9]]) }
    expect(tooltipText(country, shaded)).toEqual({ title: 'Poland: 9 links', details: [] })
  })

  it('names a flow’s ends, counts its links and shares them out by initiative', () => {
    const end = (country: CountryCode, city: string) => ({
      country,
      city,
      position: [0, 0] as [number, number],
    })
    const flow: MapTarget = {
      type: 'flow',
      band: 'country',
      from: end('PL', 'Warsaw'),
      to: end('CN', 'Beijing'),
      count: 1200,
      initiatives: [
        ['belt-and-road', 900],
        ['', 300],
      ],
    }
    expect(tooltipText(flow, lookup)).toEqual({
      title: 'Poland — China',
      details: ['1,200 links', 'Belt and Road: 75%', 'No initiative: 25%', 'Click to zoom in to these links'],
    })
    expect(tooltipText({ ...flow, band: 'grid', initiatives: [] }, lookup)?.title).toBe('Warsaw — Beijing')
  })
})
