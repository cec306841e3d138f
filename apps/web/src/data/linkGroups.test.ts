import type { InitiativeWithCounts } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { links } from './fixtures/atlasFixture'
import { groupLinksByInitiatives } from './linkGroups'

const initiative = (id: string): InitiativeWithCounts => ({
  id,
  name: id,
  colour: '#000000',
  description: id,
  parentId: null,
  sourceIds: ['a-source'],
  counts: { institutions: 0, links: 0, groups: 0 },
})

const initiatives = ['china-spain-csp', 'sino-polish-consortium', 'belt-and-road'].map(initiative)

describe('groupLinksByInitiatives', () => {
  it('lists each link once, under the set of initiatives it belongs to', () => {
    const groups = groupLinksByInitiatives(links, initiatives)
    expect(
      groups.map((group) => [group.initiatives.map((i) => i.id).join('+'), group.links.map((l) => l.id)]),
    ).toEqual([
      ['china-spain-csp', ['beihang-valencia']],
      ['sino-polish-consortium+belt-and-road', ['consortium-lodz']],
      ['belt-and-road', ['bpc-cnmc-pilot', 'bpc-cnmc-training']],
    ])
  })

  it('puts links of initiatives it does not know last', () => {
    const groups = groupLinksByInitiatives(links, [initiative('china-spain-csp')])
    expect(groups.map((group) => group.initiatives.length)).toEqual([1, 0])
  })
})
