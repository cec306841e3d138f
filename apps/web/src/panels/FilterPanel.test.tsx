// @vitest-environment happy-dom
import type { InitiativeWithCounts } from '@atlas/schema'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { facetCounts } from '../data/facetCounts'
import { filterableAtlas } from '../data/filterAtlas'
import { institutions, links } from '../data/fixtures/atlasFixture'
import { type AtlasFilter, NO_FILTER } from '../state/atlasView'
import { renderWithUser } from '../testing/renderWithUser'
import { FilterPanel } from './FilterPanel'

const initiative = (id: string, name: string, parentId: string | null = null): InitiativeWithCounts => ({
  id,
  name,
  colour: '#336699',
  description: name,
  parentId,
  sourceIds: ['a-source'],
  counts: { institutions: 2, links: 1, groups: 0 },
})
const initiatives = [
  initiative('belt-and-road', 'Belt and Road'),
  initiative('sino-polish-consortium', 'Sino-Polish consortium', 'belt-and-road'),
  initiative('china-spain-csp', 'China–Spain partnership'),
]

const prepared = filterableAtlas({ institutions, links, initiatives }).links

const filterPanel = (filter: AtlasFilter = NO_FILTER) => {
  const onChange = vi.fn()
  const rendered = renderWithUser(
    <FilterPanel
      filter={filter}
      initiatives={initiatives}
      institutions={institutions}
      links={links}
      facets={facetCounts(prepared, filter)}
      domain={{ from: 2016, to: 2026 }}
      onChange={onChange}
    />,
  )
  return { ...rendered, onChange }
}

const group = (name: string) => within(screen.getByRole('group', { name }))

describe('FilterPanel', () => {
  it('unticking an initiative while all are shown keeps the others', async () => {
    const { user, onChange } = filterPanel()
    const sinoPolish = group('Initiatives').getByRole<HTMLInputElement>('checkbox', { name: /^Sino-Polish/ })
    expect(sinoPolish.checked).toBe(true)
    await user.click(sinoPolish)
    expect(onChange).toHaveBeenCalledExactlyOnceWith({
      ...NO_FILTER,
      initiatives: ['belt-and-road', 'china-spain-csp'],
    })
  })

  it('ticking the one initiative left out shows all of them again, new ones included', async () => {
    const filter = {
      ...NO_FILTER,
      countries: ['PL' as const],
      initiatives: ['belt-and-road', 'china-spain-csp'],
    }
    const { user, onChange } = filterPanel(filter)
    const sinoPolish = group('Initiatives').getByRole<HTMLInputElement>('checkbox', { name: /^Sino-Polish/ })
    expect(sinoPolish.checked).toBe(false)
    await user.click(sinoPolish)
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...filter, initiatives: null })
  })

  it('shows a parent checked, mixed or unchecked by its children, and ticks or unticks them all', async () => {
    const { user, onChange, unmount } = filterPanel()
    const beltAndRoad = () =>
      group('Initiatives').getByRole<HTMLInputElement>('checkbox', { name: /^Belt and Road/ })
    await user.click(beltAndRoad())
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTER, initiatives: ['china-spain-csp'] })
    unmount()

    const mixed = filterPanel({ ...NO_FILTER, initiatives: ['belt-and-road', 'china-spain-csp'] })
    expect(beltAndRoad().indeterminate).toBe(true)
    expect(beltAndRoad().getAttribute('aria-checked')).toBe('mixed')
    await mixed.user.click(beltAndRoad())
    expect(mixed.onChange).toHaveBeenLastCalledWith({ ...NO_FILTER, initiatives: null })
  })

  it('shows only one initiative, with what is part of it', async () => {
    const { user, onChange } = filterPanel()
    await user.click(screen.getByRole('button', { name: 'Show only Sino-Polish consortium' }))
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTER, initiatives: ['sino-polish-consortium'] })
    await user.click(screen.getByRole('button', { name: 'Show only Belt and Road' }))
    expect(onChange).toHaveBeenLastCalledWith({
      ...NO_FILTER,
      initiatives: ['belt-and-road', 'sino-polish-consortium'],
    })
  })

  it('counts beside each choice what it would show under the rest of the filter', () => {
    const { unmount } = filterPanel()
    const row = (name: RegExp) => group('Initiatives').getByRole('checkbox', { name }).closest('li')
    expect(row(/^Sino-Polish/)?.textContent).toContain('1 link')
    expect(row(/^Belt and Road/)?.textContent).toContain('3 links')
    unmount()
    filterPanel({ ...NO_FILTER, countries: ['ES'] })
    expect(row(/^Sino-Polish/)?.textContent).toContain('0 links')
    expect(row(/^China–Spain/)?.textContent).toContain('1 link')
  })

  it('finds a country by its name and ticks it', async () => {
    const { user, onChange } = filterPanel()
    const countries = group('Countries')
    await user.type(countries.getByRole('searchbox'), 'pol')
    expect(countries.getAllByRole('checkbox')).toHaveLength(1)
    await user.click(countries.getByRole('checkbox', { name: /^Poland PL/ }))
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ ...NO_FILTER, countries: ['PL'] })
  })

  it('resets to everything, once something is filtered', async () => {
    const { unmount } = filterPanel()
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Reset filters' }).disabled).toBe(true)
    unmount()

    const { user, onChange } = filterPanel({ ...NO_FILTER, linkKinds: ['joint_institute'], yearTo: 2020 })
    await user.click(screen.getByRole('button', { name: 'Reset filters' }))
    expect(onChange).toHaveBeenCalledExactlyOnceWith(NO_FILTER)
  })
})
