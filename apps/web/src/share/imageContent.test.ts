import { describe, expect, it } from 'vitest'
import { INITIATIVES, INSTITUTIONS, LINKS } from '../map/fixtures'
import { NO_FILTER } from '../state/atlasView'
import { INSTITUTION_KIND_COLOURS } from '../theme/palette'
import { imageLegendItems, shownSourceIds, viewTitle } from './imageContent'

const initiatives = INITIATIVES.map((initiative, index) => ({
  ...initiative,
  name: `Initiative ${initiative.id}`,
  colour: ['#f59e0b', '#3b82f6', '#e5484d'][index] ?? '#000000',
}))
const onlyConsortium = { institutions: INSTITUTIONS, links: LINKS.filter((link) => link.id.startsWith('m-')) }

describe('imageLegendItems', () => {
  it('names the initiatives of the shown links in their colours, in the initiatives’ order', () => {
    expect(imageLegendItems(onlyConsortium, initiatives, 'initiative')).toEqual([
      { label: 'Initiative bri', colour: '#f59e0b' },
      { label: 'Initiative sp', colour: '#3b82f6' },
    ])
    expect(imageLegendItems({ institutions: [], links: [] }, initiatives, 'initiative')).toEqual([])
  })

  it('names the kinds of the shown institutions while colour shows kinds', () => {
    const shown = { institutions: INSTITUTIONS.filter((i) => ['bjut', 'bpc'].includes(i.id)), links: [] }
    expect(imageLegendItems(shown, initiatives, 'kind')).toEqual([
      { label: 'University', colour: INSTITUTION_KIND_COLOURS.university },
      { label: 'College', colour: INSTITUTION_KIND_COLOURS.college },
    ])
  })
})

describe('shownSourceIds', () => {
  it('lists each source once, in the order first cited', () => {
    const links = LINKS.slice(0, 3).map((link, index) => ({
      ...link,
      sourceId: ['b', 'a', 'b'][index] ?? '',
    }))
    expect(shownSourceIds(links)).toEqual(['b', 'a'])
  })
})

describe('viewTitle', () => {
  const shown = { institutions: [{ country: 'PL' }, { country: 'CN' }, { country: 'CN' }] } as const

  it('is the app’s name and what it shows when nothing is filtered', () => {
    expect(viewTitle(NO_FILTER, initiatives, shown)).toBe('Partnership Atlas · 3 institutions in 2 countries')
    expect(viewTitle(NO_FILTER, initiatives, { institutions: [{ country: 'PL' }] })).toBe(
      'Partnership Atlas · 1 institution in 1 country',
    )
  })

  it('names the initiatives, countries and years the filter picks, then what they show', () => {
    expect(
      viewTitle(
        { ...NO_FILTER, initiatives: ['sp'], countries: ['PL', 'CN'], yearFrom: 2016, yearTo: 2018 },
        initiatives,
        shown,
      ),
    ).toBe('Initiative sp · Poland and China · 2016–2018 · 3 institutions in 2 countries')
    expect(viewTitle({ ...NO_FILTER, yearFrom: 2017 }, initiatives, shown)).toBe(
      '2017– · 3 institutions in 2 countries',
    )
  })

  it('leaves the counts out until the data is there', () => {
    expect(viewTitle({ ...NO_FILTER, initiatives: ['sp'] }, initiatives, null)).toBe('Initiative sp')
  })
})
