import { describe, expect, it } from 'vitest'
import { institutions } from './fixtures/atlasFixture'
import { buildSearchIndex, searchInstitutions } from './searchInstitutions'

const index = buildSearchIndex(institutions, 'en')
const ids = (query: string) => searchInstitutions(index, query).map((hit) => hit.institution.id)

describe('searchInstitutions', () => {
  it('finds Łódź by typing Lodz, in the main and the native name', () => {
    expect(ids('Lodz')).toEqual(['lodz-university-of-technology'])
    expect(searchInstitutions(index, 'lodzka')[0]?.matchedName).toBe('Politechnika Łódzka')
  })

  it('finds Politècnica by typing Politecnica', () => {
    expect(ids('Politecnica')).toEqual(['universitat-politecnica-de-valencia'])
  })

  it('finds Chinese names as they are written', () => {
    expect(ids('北京')).toEqual(['beihang-university', 'beijing-university-of-technology'])
    expect(searchInstitutions(index, '北京工业')[0]?.matchedName).toBe('北京工业大学')
  })

  it('ranks a whole name, then a name prefix, then a word prefix, then a match inside a word', () => {
    expect(ids('cnmc')).toEqual(['cnmc'])
    expect(ids('beij')).toEqual(['beijing-polytechnic-college', 'beijing-university-of-technology'])
    expect(ids('tech')).toEqual([
      'beijing-university-of-technology',
      'lodz-university-of-technology',
      'beijing-polytechnic-college',
      'universitat-politecnica-de-valencia',
    ])
  })

  it('finds alternative names and says which one matched', () => {
    expect(searchInstitutions(index, 'upv')).toEqual([{ institution: institutions[2], matchedName: 'UPV' }])
  })

  it('prefers the main name when it matches as well as another', () => {
    expect(searchInstitutions(index, 'Lodz University')[0]?.matchedName).toBeNull()
  })

  it('finds nothing for an empty query and limits the results', () => {
    expect(ids('   ')).toEqual([])
    expect(searchInstitutions(index, 'u', 2)).toHaveLength(2)
  })
})
