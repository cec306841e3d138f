import { describe, expect, it } from 'vitest'
import { NO_FILTER } from './filter'
import { linkMatchesFilter, ownInitiatives } from './linkFilter'
import { CASE_INITIATIVES, CASE_LINKS, caseCountry, LINK_FILTER_CASES } from './linkFilterCases'

const parentOf = new Map<string, string | null>(CASE_INITIATIVES.map((i) => [i.id, i.parentId]))

describe('ownInitiatives', () => {
  it('keeps the most specific initiatives a link carries', () => {
    expect(ownInitiatives(['bri', 'sp'], parentOf)).toEqual(['sp'])
    expect(ownInitiatives(['sp', 'bri', 'sp-lab'], parentOf)).toEqual(['sp-lab'])
    expect(ownInitiatives(['csp', 'sp'], parentOf)).toEqual(['csp', 'sp'])
    expect(ownInitiatives(['bri'], parentOf)).toEqual(['bri'])
  })

  it('ends on a loop of parents', () => {
    const loop = new Map([
      ['a', 'b'],
      ['b', 'a'],
    ])
    expect(ownInitiatives(['a'], loop)).toEqual([])
  })
})

describe.each(LINK_FILTER_CASES)('linkMatchesFilter: $name', ({ filter, shows }) => {
  it('shows exactly the expected links', () => {
    const shown = CASE_LINKS.filter((link) =>
      linkMatchesFilter(
        {
          kind: link.kind,
          ownInitiatives: ownInitiatives(link.initiatives, parentOf),
          fromCountry: caseCountry(link.from),
          toCountry: caseCountry(link.to),
          year: link.year,
          endYear: link.endYear,
        },
        { ...NO_FILTER, ...filter },
      ),
    )
    expect(shown.map((link) => link.id)).toEqual(shows)
  })
})
