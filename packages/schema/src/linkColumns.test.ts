import { describe, expect, it } from 'vitest'
import type { Link } from './link'
import { decodeLinkColumns, encodeLinkColumns, linkColumnsSchema } from './linkColumns'

const base: Link = {
  id: 'a-b',
  fromId: 'a',
  toId: 'b',
  kind: 'joint_institute',
  initiatives: ['belt-and-road'],
  startDate: '2019-03-01',
  startPrecision: 'day',
  endDate: null,
  endPrecision: null,
  status: 'active',
  description: null,
  groupId: null,
  sourceId: 'doc-1',
}

const links: Link[] = [
  base,
  {
    ...base,
    id: 'b-c',
    fromId: 'b',
    toId: 'c',
    kind: 'consortium_membership',
    initiatives: ['sino-polish', 'belt-and-road'],
    startDate: '2017-01-01',
    startPrecision: 'year',
    endDate: '2021-06-01',
    endPrecision: 'month',
    status: 'ended',
    description: 'Politechnika Łódzka — 北京航空航天大学',
    groupId: 'spuc',
    sourceId: 'doc-2',
  },
  { ...base, id: 'c-a', fromId: 'c', toId: 'a', initiatives: [], startDate: null, startPrecision: null },
  { ...base, id: 'a-c', fromId: 'a', toId: 'c', status: 'unknown', groupId: 'spuc' },
]

describe('link columns', () => {
  it('give back every field of every link, in order', () => {
    const columns = encodeLinkColumns(links)
    expect(linkColumnsSchema.parse(columns)).toEqual(columns)
    expect(decodeLinkColumns(columns)).toEqual(links)
  })

  it('hold each repeated value once, and each link as numbers', () => {
    const columns = encodeLinkColumns(links)
    expect(columns.institutionIds).toEqual(['a', 'b', 'c'])
    expect(columns.from).toEqual([0, 1, 2, 0])
    expect(columns.initiativeSets).toEqual([['belt-and-road'], ['sino-polish', 'belt-and-road'], []])
    expect(columns.groupIds).toEqual(['', 'spuc'])
    expect(columns.startYear).toEqual([2019, 2017, 0, 2019])
    expect(columns.startDay).toEqual([301, 0, 0, 301])
    expect(columns.endDay).toEqual([0, 601, 0, 0])
    expect(columns.descriptions).toEqual([[1, 'Politechnika Łódzka — 北京航空航天大学']])
  })

  it('are checked as whole numbers from 0 in every column of codes', () => {
    const columns = encodeLinkColumns(links)
    expect(linkColumnsSchema.safeParse({ ...columns, kind: [0, 0.5, 1, 2] }).success).toBe(false)
    expect(linkColumnsSchema.safeParse({ ...columns, from: [0, -1, 2, 0] }).success).toBe(false)
    expect(linkColumnsSchema.safeParse({ ...columns, startYear: 'x' }).success).toBe(false)
  })

  it('round-trip an empty list', () => {
    expect(decodeLinkColumns(encodeLinkColumns([]))).toEqual([])
  })

  it('refuse a code outside its table, naming the column and the row', () => {
    const columns = { ...encodeLinkColumns(links), to: [1, 2, 7, 2] }
    expect(() => decodeLinkColumns(columns)).toThrow('link columns: to[2] is 7, outside its table')
  })
})
