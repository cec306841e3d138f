import type { GroupMember } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { institutions } from './fixtures/atlasFixture'
import { membersByCountry } from './groupMembers'

const member = (index: number, role: GroupMember['role'] = 'member'): GroupMember => {
  const institution = institutions[index]
  if (!institution) throw new Error(`no institution ${index} in the fixture`)
  return { institution, role }
}

describe('membersByCountry', () => {
  it('groups members by country in the order the source names them', () => {
    // Beijing (CN), Łódź (PL), Beihang (CN), València (ES)
    const members = [member(0, 'co_initiator'), member(1), member(3), member(2)]
    expect(
      membersByCountry(members).map(({ country, members: list }) => [
        country,
        list.map((m) => m.institution.id),
      ]),
    ).toEqual([
      ['CN', ['beijing-university-of-technology', 'beihang-university']],
      ['PL', ['lodz-university-of-technology']],
      ['ES', ['universitat-politecnica-de-valencia']],
    ])
  })

  it('gives nothing for no members', () => {
    expect(membersByCountry([])).toEqual([])
  })
})
