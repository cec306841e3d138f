import { initiativeSchema } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { checkWithNewSource, emptySource } from './newSource'

const initiative = {
  id: 'belt-and-road',
  name: 'Belt and Road',
  colour: '#cc3333',
  description: 'Cooperation along the routes',
  parentId: null,
  sourceIds: ['a-source'],
}

describe('checkWithNewSource', () => {
  it('gives the record as the schema reads it, and no source where none is written', () => {
    expect(checkWithNewSource(initiativeSchema, initiative, null)).toEqual({
      ok: true,
      record: initiative,
      source: null,
    })
  })

  it('puts the new source’s complaints under `source.`, beside the record’s own', () => {
    const checked = checkWithNewSource(initiativeSchema, { ...initiative, colour: 'red' }, emptySource())
    if (checked.ok) throw new Error('an empty source and a named colour were accepted')
    const paths = checked.complaints.map((complaint) => complaint.path.join('.'))
    expect(paths).toContain('colour')
    expect(paths).toContain('source.title')
    expect(paths).toContain('source.id')
  })

  it('refuses a record whose own fields are right when its new source is not', () => {
    const checked = checkWithNewSource(initiativeSchema, initiative, emptySource())
    expect(checked.ok).toBe(false)
  })

  it('gives the new source as checked, to be created first', () => {
    const source = { ...emptySource(), id: 'a-source', title: 'A source' }
    const checked = checkWithNewSource(initiativeSchema, initiative, source)
    expect(checked).toEqual({ ok: true, record: initiative, source })
  })
})
