import { describe, expect, it } from 'vitest'
import { links } from './fixtures/atlasFixture'
import { linkKindCounts } from './linkKindCounts'

describe('linkKindCounts', () => {
  it('lists the kinds present, in the vocabulary’s order, with their counts', () => {
    expect(linkKindCounts(links)).toEqual([
      { kind: 'joint_institute', count: 1 },
      { kind: 'consortium_membership', count: 1 },
      { kind: 'training_programme', count: 1 },
      { kind: 'vocational_cooperation', count: 1 },
    ])
  })
})
