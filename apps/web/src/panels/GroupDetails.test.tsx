// @vitest-environment happy-dom
import type { GroupDetail } from '@atlas/schema'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { institutions } from '../data/fixtures/atlasFixture'
import { groups, initiatives } from '../data/fixtures/groupFixture'
import { renderWithUser } from '../testing/renderWithUser'
import { GroupView } from './GroupDetails'

const [bjut, lodz, , beihang] = institutions
if (!bjut || !lodz || !beihang) throw new Error('the fixture has changed')
const consortium = groups[0]
if (!consortium) throw new Error('the fixture has changed')

const detail: GroupDetail = {
  group: consortium,
  seat: bjut,
  foundedAt: bjut,
  members: [
    { institution: bjut, role: 'co_initiator' },
    { institution: lodz, role: 'member' },
    { institution: beihang, role: 'member' },
  ],
  sources: [
    {
      id: 'a-source',
      title: 'Inauguration of the Sino-Polish University Consortium',
      publisher: 'Beijing University of Technology',
      publishedOn: '2017-03-22',
      seedFile: null,
      url: null,
      accessedOn: null,
    },
  ],
}

const view = () => {
  const onChooseInstitution = vi.fn()
  const rendered = renderWithUser(
    <GroupView detail={detail} initiatives={initiatives} onChooseInstitution={onChooseInstitution} />,
  )
  return { ...rendered, onChooseInstitution }
}

const row = (term: string) => {
  const dt = screen.getByText(term, { selector: 'dt' })
  const dd = dt.nextElementSibling
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`)
  return dd
}

describe('GroupView', () => {
  it('names the group, its kind and size, its seat, founding, co-initiators and initiatives', () => {
    view()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sino-Polish University Consortium')
    expect(screen.getByText('Consortium · 2 members')).toBeTruthy()
    expect(row('Seat').textContent).toBe('Beijing University of Technology 北京工业大学 City, China')
    expect(row('Founded').textContent).toBe('21 March 2017 at Beijing University of Technology 北京工业大学')
    expect(
      within(row('Co-initiators'))
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Beijing University of Technology 北京工业大学'])
    expect(row('Initiatives').textContent).toBe('Belt and Road InitiativeSino-Polish University Consortium')
  })

  it('lists every member under its country with its role, each one a way to its own details', async () => {
    const { user, onChooseInstitution } = view()
    const members = screen.getByRole('heading', { name: 'Members by country' }).closest('section')
    if (!members) throw new Error('no members section')
    const countries = within(members)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent)
    expect(countries).toEqual(['China: 2 members', 'Poland: 1 member'])
    expect(
      within(members)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Beijing University of Technology 北京工业大学 co-initiator · seat · City',
      'Beihang University 北京航空航天大学 member · City',
      'Lodz University of Technology Politechnika Łódzka member · City',
    ])
    await user.click(within(members).getByRole('button', { name: /^Lodz University of Technology/ }))
    expect(onChooseInstitution).toHaveBeenCalledExactlyOnceWith(lodz)
  })

  it('cites its source', () => {
    view()
    const sources = screen.getByRole('heading', { name: 'Sources' }).closest('section')
    expect(sources?.textContent).toContain('Inauguration of the Sino-Polish University Consortium')
  })
})
