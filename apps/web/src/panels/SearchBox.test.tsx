// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { institutions } from '../data/fixtures/atlasFixture'
import { groups, initiatives } from '../data/fixtures/groupFixture'
import { renderWithUser } from '../testing/renderWithUser'
import { SearchBox } from './SearchBox'

const searchBox = (shownIds: ReadonlySet<string> = new Set(institutions.map(({ id }) => id))) => {
  const onChoose = vi.fn()
  const rendered = renderWithUser(
    <SearchBox data={{ institutions, initiatives, groups }} shownIds={shownIds} onChoose={onChoose} />,
  )
  const input = screen.getByRole<HTMLInputElement>('combobox', {
    name: 'Search institutions, groups and initiatives',
  })
  return { ...rendered, onChoose, input }
}

const options = () =>
  within(screen.getByRole('listbox', { name: 'Matches' }))
    .getAllByRole('option')
    .map((option) => option.textContent)

describe('SearchBox', () => {
  it('lists the institutions a name matches, and chooses one with the arrows and Enter', async () => {
    const { user, onChoose, input } = searchBox()
    expect(input.getAttribute('aria-expanded')).toBe('false')

    await user.type(input, 'beij')
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(options()).toEqual([
      expect.stringMatching(/^Beijing Polytechnic College/),
      expect.stringMatching(/^Beijing University of Technology/),
    ])

    await user.keyboard('{ArrowDown}{ArrowDown}')
    const active = screen.getByRole('option', { selected: true })
    expect(input.getAttribute('aria-activedescendant')).toBe(active.id)
    expect(active.textContent).toMatch(/^Beijing University of Technology/)

    await user.keyboard('{Enter}')
    expect(onChoose).toHaveBeenCalledExactlyOnceWith({
      type: 'institution',
      institution: institutions[0],
      matchedName: null,
    })
    expect(input.value).toBe('Beijing University of Technology')
    expect(input.getAttribute('aria-expanded')).toBe('false')
  })

  it('finds an institution by another of its names, and says when the filters hide it', async () => {
    const { user, onChoose, input } = searchBox(new Set())
    await user.type(input, 'TUL')
    expect(options()).toEqual([
      'Lodz University of Technologyalso “TUL” · City, Poland · hidden by the filters',
    ])
    // With one match, Enter takes it without an arrow first.
    await user.keyboard('{Enter}')
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ type: 'institution', institution: institutions[1] }),
    )
  })

  it('finds a group and an initiative by name, says what each is, and chooses the group by a click', async () => {
    const { user, onChoose, input } = searchBox()
    await user.type(input, 'Sino-Polish')
    expect(options()).toEqual([
      'Sino-Polish University ConsortiumConsortium · 2 members',
      'Sino-Polish University ConsortiumInitiative: show only its partnerships',
    ])
    await user.click(screen.getByRole('option', { name: /Consortium · 2 members/ }))
    expect(onChoose).toHaveBeenCalledExactlyOnceWith({ type: 'group', group: groups[0], matchedName: null })
  })

  it('forgives a typo', async () => {
    const { user, input } = searchBox()
    await user.type(input, 'Lodz Univeristy')
    expect(options()[0]).toMatch(/^Lodz University of Technology/)
  })

  it('closes the list on Escape, then clears the field on a second Escape', async () => {
    const { user, input } = searchBox()
    await user.type(input, 'xyz')
    expect(screen.getByText('Nothing matches “xyz”')).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input.value).toBe('xyz')
    await user.keyboard('{Escape}')
    expect(input.value).toBe('')
  })
})
