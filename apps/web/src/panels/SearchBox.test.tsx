// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { institutions } from '../data/fixtures/atlasFixture'
import { renderWithUser } from '../testing/renderWithUser'
import { SearchBox } from './SearchBox'

const searchBox = (shownIds: ReadonlySet<string> = new Set(institutions.map(({ id }) => id))) => {
  const onChoose = vi.fn()
  const rendered = renderWithUser(
    <SearchBox institutions={institutions} shownIds={shownIds} onChoose={onChoose} />,
  )
  const input = screen.getByRole<HTMLInputElement>('combobox', { name: 'Search institutions' })
  return { ...rendered, onChoose, input }
}

const options = () =>
  within(screen.getByRole('listbox', { name: 'Matching institutions' }))
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
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(institutions[0])
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
    expect(onChoose).toHaveBeenCalledExactlyOnceWith(institutions[1])
  })

  it('closes the list on Escape, then clears the field on a second Escape', async () => {
    const { user, input } = searchBox()
    await user.type(input, 'xyz')
    expect(screen.getByText('No institution matches “xyz”')).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input.value).toBe('xyz')
    await user.keyboard('{Escape}')
    expect(input.value).toBe('')
  })
})
