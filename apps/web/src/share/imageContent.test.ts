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
  it('is the app’s name when nothing is filtered', () => {
    expect(viewTitle(NO_FILTER, initiatives)).toBe('Partnership Atlas')
  })

  it('adds the initiatives, countries and years the filter picks', () => {
    expect(
      viewTitle(
        { ...NO_FILTER, initiatives: ['sp'], countries: ['PL', 'CN'], yearFrom: 2016, yearTo: 2018 },
        initiatives,
      ),
    ).toBe('Partnership Atlas: Initiative sp · Poland and China · 2016–2018')
    expect(viewTitle({ ...NO_FILTER, yearFrom: 2017 }, initiatives)).toBe('Partnership Atlas: 2017–')
  })
})
