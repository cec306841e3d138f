import { type LinkFilter, NO_FILTER } from '@atlas/schema'
import { LINK_FILTER_CASES } from '@atlas/schema/linkFilterCases'
import { describe, expect, it } from 'vitest'
import { type FilterableAtlas, filterAtlas, filterableAtlas, yearDomain } from './filterAtlas'
import { initiatives, institutions, links } from './fixtures/atlasFixture'
import { caseInitiatives, caseInstitutions, caseLinks } from './fixtures/filterCaseAtlas'

const prepared = filterableAtlas({ institutions, links, initiatives })

const shown = (filter: Partial<LinkFilter>) => {
  const result = filterAtlas(prepared, { ...NO_FILTER, ...filter })
  return {
    ...result,
    linkIds: result.links.map((link) => link.id),
    institutionIds: result.institutions.map((institution) => institution.id),
  }
}

describe.each(LINK_FILTER_CASES)('filterAtlas on the shared cases: $name', ({ filter, shows }) => {
  it('shows exactly the expected links', () => {
    const cases = filterableAtlas({
      institutions: caseInstitutions,
      links: caseLinks,
      initiatives: caseInitiatives,
    })
    const result = filterAtlas(cases, { ...NO_FILTER, ...filter })
    expect(result.links.map((link) => link.id)).toEqual(shows)
  })
})

describe('filterableAtlas', () => {
  const unlinkedIds = (atlas: FilterableAtlas) =>
    atlas.institutions.filter((_, index) => atlas.unlinked[index] === 1).map((institution) => institution.id)

  it('marks the institutions at no end of any link', () => {
    expect(unlinkedIds(prepared)).toEqual(['lonely-university'])
  })

  it('leaves out a link to an institution the data does not hold, and counts it as no link', () => {
    const toNowhere = links
      .slice(0, 1)
      .map((link) => ({ ...link, id: 'to-nowhere', fromId: 'lonely-university', toId: 'gone' }))
    const atlas = filterableAtlas({ institutions, links: [...links, ...toNowhere], initiatives })
    expect(atlas.links.map(({ link }) => link.id)).not.toContain('to-nowhere')
    expect(unlinkedIds(atlas)).toEqual(['lonely-university'])
  })
})

describe('filterAtlas', () => {
  it('shows everything, the unlinked institution too, without a filter', () => {
    const result = shown({})
    expect(result.linkIds).toHaveLength(4)
    expect(result.institutionIds).toHaveLength(7)
    expect(result.counts).toEqual({ institutions: 7, links: 4, countries: 4 })
  })

  it('shows links under their own initiative: unticking the consortium hides its links, Belt and Road ticked', () => {
    expect(shown({ initiatives: ['sino-polish-consortium'] }).linkIds).toEqual(['consortium-lodz'])
    expect(shown({ initiatives: ['belt-and-road', 'china-spain-csp'] }).linkIds).toEqual([
      'beihang-valencia',
      'bpc-cnmc-pilot',
      'bpc-cnmc-training',
    ])
    expect(shown({ initiatives: [] }).linkIds).toEqual([])
  })

  it('shows links of a listed kind', () => {
    expect(shown({ linkKinds: ['joint_institute', 'training_programme'] }).linkIds).toEqual([
      'beihang-valencia',
      'bpc-cnmc-training',
    ])
  })

  it('shows a link when either end is in a listed country, with both ends', () => {
    const result = shown({ countries: ['PL'] })
    expect(result.linkIds).toEqual(['consortium-lodz'])
    expect(result.institutionIds).toEqual([
      'beijing-university-of-technology',
      'lodz-university-of-technology',
    ])
    expect(result.counts.countries).toBe(2)
  })

  it('shows an unlinked institution while only the country part is active, if its country is listed', () => {
    expect(shown({ countries: ['ZM'] }).institutionIds).toEqual(['lonely-university'])
    expect(shown({ countries: ['PL'] }).institutionIds).not.toContain('lonely-university')
    expect(shown({ countries: ['ZM'], yearFrom: 2010 }).institutionIds).toEqual([])
    expect(shown({ initiatives: ['belt-and-road'] }).institutionIds).not.toContain('lonely-university')
    expect(shown({ linkKinds: ['joint_institute'] }).institutionIds).not.toContain('lonely-university')
  })

  it('hides an institution whose links are all filtered out', () => {
    expect(shown({ initiatives: ['china-spain-csp'] }).institutionIds).toEqual([
      'universitat-politecnica-de-valencia',
      'beihang-university',
    ])
  })

  it('shows undated links only while neither year bound is set', () => {
    expect(shown({}).linkIds).toContain('bpc-cnmc-training')
    expect(shown({ yearFrom: 2000 }).linkIds).not.toContain('bpc-cnmc-training')
    expect(shown({ yearTo: 2030 }).linkIds).not.toContain('bpc-cnmc-training')
  })

  it('shows dated links under way within the bounds, both ends included', () => {
    expect(shown({ yearFrom: 2016, yearTo: 2017 }).linkIds).toEqual(['consortium-lodz', 'bpc-cnmc-pilot'])
    expect(shown({ yearFrom: 2017 }).linkIds).toEqual([
      'consortium-lodz',
      'beihang-valencia',
      'bpc-cnmc-pilot',
    ])
    expect(shown({ yearTo: 2016 }).linkIds).toEqual(['bpc-cnmc-pilot'])
  })

  it('combines parts: every part must match', () => {
    expect(shown({ initiatives: ['belt-and-road'], countries: ['CN'], yearTo: 2016 }).linkIds).toEqual([
      'bpc-cnmc-pilot',
    ])
  })

  it('counts shown links per country once each, and per institution', () => {
    const result = shown({})
    expect(Object.fromEntries(result.linksByCountry)).toEqual({ PL: 1, CN: 4, ES: 1 })
    expect(result.linksByInstitution.get('beijing-polytechnic-college')).toBe(2)
    expect(result.linksByInstitution.has('lonely-university')).toBe(false)
    expect(Object.fromEntries(shown({ countries: ['PL'] }).linksByCountry)).toEqual({ PL: 1, CN: 1 })
  })
})

describe('yearDomain', () => {
  it('runs from the earliest start year to the current year, ignoring undated links', () => {
    expect(yearDomain(links, new Date('2026-06-01'))).toEqual({ from: 2016, to: 2026 })
  })

  it('is this year alone when nothing is dated', () => {
    expect(yearDomain([], new Date('2026-06-01'))).toEqual({ from: 2026, to: 2026 })
  })
})
