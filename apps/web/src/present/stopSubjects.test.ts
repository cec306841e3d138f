import { NO_FILTER } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { filterableAtlas } from '../data/filterAtlas'
import { caseInitiatives, caseInstitutions, caseLinks } from '../data/fixtures/filterCaseAtlas'
import { type StopSubject, stopSubjectIds, stopSubjectPoints } from './stopSubjects'

// The filter's cases: cn-a in Beijing, cn-b in Chongqing, pl-a in Poland, es-a in Spain, zm-a in Zambia. The first
// two links belong to a consortium, for a stop that selects it.
const data = filterableAtlas({
  institutions: caseInstitutions,
  links: caseLinks.map((link) =>
    ['consortium', 'lab'].includes(link.id) ? { ...link, groupId: 'the-consortium' } : link,
  ),
  initiatives: caseInitiatives,
})
const at = (id: string) => {
  const institution = caseInstitutions.find((candidate) => candidate.id === id)
  return institution && [institution.lon, institution.lat]
}

/** A stop over the links that are the Sino-Polish consortium's own (cn-a to pl-a, es-a to pl-a). */
const stop = (extra: Partial<StopSubject>): StopSubject => ({
  filter: { ...NO_FILTER, initiatives: ['sp'] },
  selection: null,
  ...extra,
})
const ids = (extra: Partial<StopSubject>) => [...stopSubjectIds(stop(extra), data)].sort()

describe('stopSubjectIds', () => {
  it('is what the filter shows, and the selection, for a stop that names nothing', () => {
    expect(ids({})).toEqual(['cn-a', 'es-a', 'pl-a'])
    expect(ids({ selection: { type: 'institution', id: 'zm-a' } })).toEqual(['cn-a', 'es-a', 'pl-a', 'zm-a'])
  })

  it('is what the stop names, and its selection, for a stop that names institutions', () => {
    expect(ids({ focus: ['pl-a', 'cn-a'] })).toEqual(['cn-a', 'pl-a'])
    expect(ids({ focus: ['pl-a'], selection: { type: 'institution', id: 'cn-b' } })).toEqual(['cn-b', 'pl-a'])
  })

  it('takes a link’s two ends, a group’s members, and a country’s institutions', () => {
    expect(ids({ focus: ['es-a'], selection: { type: 'link', id: 'zambia' } })).toEqual([
      'cn-b',
      'es-a',
      'zm-a',
    ])
    expect(ids({ focus: ['es-a'], selection: { type: 'group', id: 'the-consortium' } })).toEqual([
      'cn-a',
      'cn-b',
      'es-a',
      'pl-a',
    ])
    expect(ids({ focus: ['es-a'], selection: { type: 'country', code: 'PL' } })).toEqual(['es-a', 'pl-a'])
  })

  it('leaves out what the data does not hold, such as an institution deleted since the tour was written', () => {
    expect(ids({ focus: ['pl-a', 'gone'], selection: { type: 'link', id: 'gone-too' } })).toEqual(['pl-a'])
  })
})

describe('stopSubjectPoints', () => {
  it('gives the institutions where they are', () => {
    expect(stopSubjectPoints(stop({ focus: ['pl-a', 'zm-a'] }), data)).toEqual([at('pl-a'), at('zm-a')])
  })

  it('follows the arcs it shows between them, which reach further north than their ends', () => {
    const points = stopSubjectPoints(stop({ focus: ['pl-a', 'cn-a'] }), data)
    expect(points.length).toBeGreaterThan(10)
    expect(Math.max(...points.map(([, lat]) => lat))).toBeGreaterThan(55)
    // Spain's arc to Poland is shown too, but Spain is not what the stop is about.
    expect(points).not.toContainEqual(at('es-a'))
  })

  it('follows the arc of the link it selects, even where the filter does not show it', () => {
    const points = stopSubjectPoints(stop({ selection: { type: 'link', id: 'zambia' } }), data)
    expect(points).toContainEqual(at('zm-a'))
    expect(points.filter(([, lat]) => lat < 0).length).toBeGreaterThan(5)
  })
})
