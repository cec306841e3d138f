import { type LinkFilter, NO_FILTER } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { facetCounts } from './facetCounts'
import { filterableAtlas } from './filterAtlas'
import { initiatives, institutions, links } from './fixtures/atlasFixture'

const prepared = filterableAtlas({ institutions, links, initiatives }).links

const facets = (filter: Partial<LinkFilter>) => facetCounts(prepared, { ...NO_FILTER, ...filter })

describe('facetCounts', () => {
  it('counts what each choice would show under the other parts of the filter', () => {
    const all = facets({})
    expect(Object.fromEntries(all.initiatives)).toEqual({
      'belt-and-road': 3,
      'sino-polish-consortium': 1,
      'china-spain-csp': 1,
    })
    expect(Object.fromEntries(all.countries)).toEqual({ PL: 1, CN: 4, ES: 1 })
    const poland = facets({ countries: ['PL'], linkKinds: ['consortium_membership'] })
    expect(Object.fromEntries(poland.initiatives)).toEqual({
      'belt-and-road': 1,
      'sino-polish-consortium': 1,
    })
    expect(Object.fromEntries(poland.countries)).toEqual({ PL: 1, CN: 1 })
    expect(Object.fromEntries(poland.linkKinds)).toEqual({ consortium_membership: 1 })
  })
})
