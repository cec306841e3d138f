// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { institutions, links } from '../data/fixtures/atlasFixture'
import { groups, initiatives } from '../data/fixtures/groupFixture'
import { renderWithUser } from '../testing/renderWithUser'
import { InstitutionTable } from './InstitutionTable'

afterEach(() => {
  vi.restoreAllMocks()
})

const table = () =>
  renderWithUser(
    <InstitutionTable
      institutions={institutions}
      links={links}
      linksByInstitution={new Map([['beijing-university-of-technology', 1]])}
      groups={groups}
      initiatives={initiatives}
      selectedId={null}
      onChoose={vi.fn()}
      onClose={vi.fn()}
    />,
  )

const firstColumn = () =>
  screen
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent)
    .slice(0, 3)
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) })

describe('InstitutionTable', () => {
  it('shows each institution’s initiatives and roles', () => {
    table()
    const lodz = screen.getByRole('row', { name: /^Lodz University of Technology/ })
    expect(
      within(lodz)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Politechnika Łódzka',
      'University',
      'City',
      'Poland',
      'Belt and Road Initiative and Sino-Polish University Consortium',
      'member',
      '0',
    ])
  })

  it('sorts by a column when its heading is clicked, and the other way round on a second click', async () => {
    const { user } = table()
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending')
    expect(firstColumn()).toEqual([
      'Beihang University',
      'Beijing Polytechnic College',
      'Beijing University of Technology',
    ])

    await user.click(within(header('Role')).getByRole('button'))
    expect(header('Name').getAttribute('aria-sort')).toBeNull()
    expect(header('Role').getAttribute('aria-sort')).toBe('ascending')
    // co-initiator, host, member, member; then the institutions without a role
    expect(firstColumn()).toEqual([
      'Beijing University of Technology',
      'Beihang University',
      'Lodz University of Technology',
    ])

    await user.click(within(header('Role')).getByRole('button'))
    expect(header('Role').getAttribute('aria-sort')).toBe('descending')
    expect(firstColumn()).toEqual([
      'Universitat Politècnica de València',
      'Lodz University of Technology',
      'Beihang University',
    ])
  })

  it('exports the rows as shown, in the order shown, as CSV', async () => {
    const { user } = table()
    await user.click(within(header('Links')).getByRole('button'))
    await user.click(within(header('Links')).getByRole('button'))
    // Watched, not replaced: the download runs as it does in the app, and the file is read from what it was given.
    const objectUrls = vi.spyOn(URL, 'createObjectURL')
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const [file] = objectUrls.mock.calls[0] ?? []
    const csv = file instanceof Blob ? await file.text() : undefined
    const lines = csv?.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines?.[0]).toBe('Name,Other name,Kind,City,Country,Initiatives,Role,Links')
    expect(lines?.[1]).toBe(
      'Beijing University of Technology,北京工业大学,University,City,China,Belt and Road Initiative and Sino-Polish University Consortium,co-initiator,1',
    )
    expect(lines?.slice(2, -1).map((line) => line.split(',')[0])).toEqual([
      'Beihang University',
      'Beijing Polytechnic College',
      'CNMC',
      'Lodz University of Technology',
      'Lonely University',
      'Universitat Politècnica de València',
    ])
  })
})
