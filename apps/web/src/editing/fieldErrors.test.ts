import { institutionSchema } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { complaintsOfMessage, placeComplaints } from './fieldErrors'

const FIELDS = ['name', 'city', 'lat', 'sourceIds', 'members', 'members.2.left']

describe('placeComplaints', () => {
  it('puts each issue of the shared schema next to its field, the first per field', () => {
    const parsed = institutionSchema.safeParse({ name: '', sourceIds: [] })
    if (parsed.success) throw new Error('expected the empty record to fail')
    const errors = placeComplaints(parsed.error.issues, FIELDS)
    expect(Object.keys(errors.fields)).toEqual(expect.arrayContaining(['name', 'city', 'lat', 'sourceIds']))
    expect(errors.other.some((message) => message.startsWith('kind: '))).toBe(true)
  })

  it('goes to the longest field that starts the path', () => {
    const errors = placeComplaints(
      [
        { path: ['members', 2, 'left'], message: 'cannot leave before it joined' },
        { path: ['members', 0, 'institutionId'], message: 'is not a slug' },
        { path: ['sourceIds', 1], message: 'is not a slug' },
      ],
      FIELDS,
    )
    expect(errors.fields).toEqual({
      'members.2.left': 'cannot leave before it joined',
      members: 'is not a slug',
      sourceIds: 'is not a slug',
    })
  })

  it('keeps what no field shows, with its path', () => {
    expect(placeComplaints([{ path: [], message: 'sign in' }], FIELDS).other).toEqual(['sign in'])
    expect(placeComplaints([{ path: ['website'], message: 'bad' }], FIELDS).other).toEqual(['website: bad'])
  })
})

describe('complaintsOfMessage', () => {
  it('reads the field a server message starts with', () => {
    expect(
      complaintsOfMessage('lat: the point 52.2, 21.0 is not in Zambia (ZM); it lies in Poland (PL)'),
    ).toEqual([
      { path: ['lat'], message: 'the point 52.2, 21.0 is not in Zambia (ZM); it lies in Poland (PL)' },
    ])
  })

  it('splits the schema’s sentences and drops the record wrapper', () => {
    expect(
      complaintsOfMessage('record.name: Too small; record.members[2].left: cannot leave before it joined'),
    ).toEqual([
      { path: ['name'], message: 'Too small' },
      { path: ['members', '2', 'left'], message: 'cannot leave before it joined' },
    ])
  })

  it('keeps a message without a field whole', () => {
    expect(complaintsOfMessage('sign in to change the atlas')).toEqual([
      { path: [], message: 'sign in to change the atlas' },
    ])
  })
})
