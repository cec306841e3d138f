import { describe, expect, it } from 'vitest'
import { NO_FILTER } from '../state/atlasView'
import { countrySummary } from './countrySummary'
import { filterAtlas, filterableAtlas } from './filterAtlas'
import { initiatives, institutions, links } from './fixtures/atlasFixture'

const prepared = filterableAtlas({ institutions, links, initiatives })

describe('countrySummary', () => {
  it('lists the country’s shown institutions and the countries its links reach', () => {
    const shown = filterAtlas(prepared, NO_FILTER)
    const china = countrySummary('CN', shown, institutions)
    expect(china.institutions.map((institution) => institution.id)).toEqual([
      'beijing-university-of-technology',
      'beihang-university',
      'beijing-polytechnic-college',
      'cnmc',
    ])
    expect(china.partners).toEqual([
      { country: 'ES', links: 1 },
      { country: 'PL', links: 1 },
    ])
  })

  it('follows the filter', () => {
    const shown = filterAtlas(prepared, { ...NO_FILTER, initiatives: ['china-spain-csp'] })
    expect(countrySummary('PL', shown, institutions)).toEqual({ institutions: [], partners: [] })
    expect(countrySummary('ES', shown, institutions).partners).toEqual([{ country: 'CN', links: 1 }])
  })
})
