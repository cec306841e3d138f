import { describe, expect, it } from 'vitest'
import { changedFields, showValue } from './changeDiff'

describe('changedFields', () => {
  it('lists the fields whose values differ, before and after', () => {
    expect(
      changedFields(
        { id: 'a', name: 'Old', lon: 1, sourceIds: ['x'] },
        { id: 'a', name: 'New', lon: 1, sourceIds: ['x', 'y'] },
      ),
    ).toEqual([
      { field: 'name', before: 'Old', after: 'New' },
      { field: 'sourceIds', before: 'x', after: 'x, y' },
    ])
  })

  it('reads a creation as every field new and a deletion as every field gone', () => {
    expect(changedFields(null, { id: 'a', nativeName: null })).toEqual([
      { field: 'id', before: '', after: 'a' },
    ])
    expect(changedFields({ id: 'a' }, null)).toEqual([{ field: 'id', before: 'a', after: '' }])
  })

  it('treats an absent field, null and an empty list alike', () => {
    expect(changedFields({ a: null }, {})).toEqual([])
    expect(changedFields(null, { id: 'a', facts: [], altNames: [] })).toEqual([
      { field: 'id', before: '', after: 'a' },
    ])
  })
})

describe('showValue', () => {
  it('writes objects compactly and cuts long text', () => {
    expect(showValue([{ role: 'member' }])).toBe('[{"role":"member"}]')
    expect(showValue(true)).toBe('true')
    const long = showValue('x'.repeat(500))
    expect(long).toHaveLength(160)
    expect(long.endsWith('…')).toBe(true)
  })
})
