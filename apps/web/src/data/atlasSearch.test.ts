import type { InstitutionSummary } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { buildSearchIndex, hitKey, searchAtlas } from './atlasSearch'
import { institutions } from './fixtures/atlasFixture'
import { groups, initiatives } from './fixtures/groupFixture'

const warsaw: InstitutionSummary = {
  id: 'warsaw-university-of-technology',
  name: 'Warsaw University of Technology',
  nativeName: 'Politechnika Warszawska',
  altNames: [],
  kind: 'university',
  country: 'PL',
  city: 'Warsaw',
  lon: 21.01,
  lat: 52.22,
  precision: 'city',
}

const index = buildSearchIndex({ institutions, initiatives: [], groups: [] }, 'en')
const everything = buildSearchIndex({ institutions: [...institutions, warsaw], initiatives, groups }, 'en')
const ids = (query: string) => searchAtlas(index, query).map(hitKey)
const keys = (query: string) => searchAtlas(everything, query).map(hitKey)
const institution = (id: string) => `institution:${id}`

describe('searchAtlas over institutions', () => {
  it('finds Łódź by typing Lodz, in the main and the native name', () => {
    expect(ids('Lodz')).toEqual([institution('lodz-university-of-technology')])
    expect(searchAtlas(index, 'lodzka')[0]?.matchedName).toBe('Politechnika Łódzka')
  })

  it('finds Politècnica by typing Politecnica, before Politechnika, a near miss', () => {
    expect(ids('Politecnica')).toEqual([
      institution('universitat-politecnica-de-valencia'),
      institution('lodz-university-of-technology'),
    ])
  })

  it('finds Chinese names as they are written', () => {
    expect(ids('北京')).toEqual([
      institution('beihang-university'),
      institution('beijing-university-of-technology'),
    ])
    expect(searchAtlas(index, '北京工业')[0]?.matchedName).toBe('北京工业大学')
  })

  it('ranks a whole name, then a name prefix, then a word prefix, then a match inside a word', () => {
    expect(ids('cnmc')).toEqual([institution('cnmc')])
    expect(ids('beij')).toEqual([
      institution('beijing-polytechnic-college'),
      institution('beijing-university-of-technology'),
    ])
    expect(ids('tech')).toEqual([
      institution('beijing-university-of-technology'),
      institution('lodz-university-of-technology'),
      institution('beijing-polytechnic-college'),
      institution('universitat-politecnica-de-valencia'),
    ])
  })

  it('finds alternative names and says which one matched', () => {
    expect(searchAtlas(index, 'upv')).toEqual([
      { type: 'institution', institution: institutions[2], matchedName: 'UPV' },
    ])
  })

  it('prefers the main name when it matches as well as another', () => {
    expect(searchAtlas(index, 'Lodz University')[0]?.matchedName).toBeNull()
  })

  it('finds nothing for an empty query and limits the results', () => {
    expect(ids('   ')).toEqual([])
    expect(searchAtlas(index, 'u', 2)).toHaveLength(2)
  })
})

describe('searchAtlas with typos, groups and initiatives', () => {
  it('forgives a typo: "Warsaw Univeristy" finds Warsaw University of Technology first', () => {
    expect(keys('Warsaw Univeristy')[0]).toBe(institution('warsaw-university-of-technology'))
    expect(keys('Politechnika Warszawksa')[0]).toBe(institution('warsaw-university-of-technology'))
  })

  it('puts an exact match before a prefix, a substring and a near miss', () => {
    const lonely = buildSearchIndex(
      {
        institutions: [
          'Lonely University',
          'Lonely University Hospital',
          'The Lonely University',
          'Lovely University',
        ].map((name, i) => ({ ...warsaw, id: `u${i}`, name, nativeName: null })),
        initiatives: [],
        groups: [],
      },
      'en',
    )
    expect(searchAtlas(lonely, 'lonely university').map(hitKey)).toEqual([
      'institution:u0',
      'institution:u1',
      'institution:u2',
      'institution:u3',
    ])
  })

  it('finds the consortium as a group and as an initiative by part of its name', () => {
    expect(keys('Sino-Polish')).toEqual([
      'group:sino-polish-university-consortium',
      'initiative:sino-polish-consortium',
    ])
    expect(keys('sino polish')).toEqual(keys('Sino-Polish'))
    expect(keys('Belt and Road')).toEqual(['initiative:belt-and-road'])
  })

  it('finds a joint institute by a word of its name among the institutions it joins', () => {
    expect(keys('Valencia')).toEqual([
      'group:beihang-valencia-polytechnic-institute',
      institution('universitat-politecnica-de-valencia'),
    ])
  })
})
