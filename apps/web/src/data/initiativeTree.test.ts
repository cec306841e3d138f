import type { InitiativeWithCounts } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { initiativeTree } from './initiativeTree'

const initiative = (id: string, parentId: string | null = null): InitiativeWithCounts => ({
  id,
  name: id,
  colour: '#000000',
  description: id,
  parentId,
  sourceIds: ['a-source'],
  counts: { institutions: 0, links: 0, groups: 0 },
})

describe('initiativeTree', () => {
  it('puts each initiative after its parent, one level in', () => {
    const tree = initiativeTree([
      initiative('china-spain-csp'),
      initiative('sino-polish-consortium', 'belt-and-road'),
      initiative('belt-and-road'),
    ])
    expect(tree.map((entry) => [entry.initiative.id, entry.depth])).toEqual([
      ['china-spain-csp', 0],
      ['belt-and-road', 0],
      ['sino-polish-consortium', 1],
    ])
  })

  it('treats an initiative whose parent is missing as top-level', () => {
    expect(initiativeTree([initiative('orphan', 'gone')]).map((entry) => entry.depth)).toEqual([0])
  })
})
