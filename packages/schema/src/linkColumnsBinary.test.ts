import { describe, expect, it } from 'vitest'
import { LINK_KINDS, LINK_STATUSES } from './constants'
import type { Link } from './link'
import { decodeLinkColumns, encodeLinkColumns } from './linkColumns'
import { decodeLinkColumnsBinary, encodeLinkColumnsBinary } from './linkColumnsBinary'
import { utf8Bytes } from './utf8'

/**
 * Links enough to need more than a byte per end (700 institutions), with a hub, ids sharing prefixes and not,
 * names in several scripts, days, months, years and none, groups, several sources and a few descriptions.
 */
function manyLinks(count: number): Link[] {
  return Array.from({ length: count }, (_, index): Link => {
    const ended = index % 3 === 0
    return {
      id: index % 50 === 0 ? `politechnika-lodzka-${index}` : `link-${String(index).padStart(5, '0')}`,
      fromId: index % 4 === 0 ? 'hub' : `inst-${(index * 7) % 700}`,
      toId: `inst-${(index * 13 + 1) % 700}`,
      kind: LINK_KINDS[index % LINK_KINDS.length] ?? 'cooperation_agreement',
      initiatives: index % 5 === 0 ? [] : index % 5 === 1 ? ['a', 'parent'] : ['b'],
      startDate: index % 11 === 0 ? null : `${1990 + (index % 37)}-${index % 2 ? '01-01' : '03-15'}`,
      startPrecision: index % 11 === 0 ? null : index % 2 ? 'year' : 'day',
      endDate: ended ? `${2000 + (index % 27)}-06-01` : null,
      endPrecision: ended ? 'month' : null,
      status: LINK_STATUSES[index % LINK_STATUSES.length] ?? 'active',
      description: index % 97 === 0 ? `Współpraca ${index} — 合作` : null,
      groupId: index % 6 === 0 ? 'spuc' : null,
      sourceId: `doc-${index % 3}`,
    }
  })
}

const links = manyLinks(3_000)

describe('link columns as bytes', () => {
  it('give back every field of every link, in order', () => {
    const columns = encodeLinkColumns(links)
    const decoded = decodeLinkColumnsBinary(encodeLinkColumnsBinary(columns))
    expect(decodeLinkColumns(decoded)).toEqual(links)
    expect(decoded.ids).toEqual(columns.ids)
  })

  it('round-trip an empty list and a list without any date', () => {
    expect(
      decodeLinkColumns(decodeLinkColumnsBinary(encodeLinkColumnsBinary(encodeLinkColumns([])))),
    ).toEqual([])
    const undated = links.slice(0, 5).map((link) => ({ ...link, startDate: null, startPrecision: null }))
    const noEnds = undated.map((link) => ({ ...link, endDate: null, endPrecision: null }))
    const bytes = encodeLinkColumnsBinary(encodeLinkColumns(noEnds))
    expect(decodeLinkColumns(decodeLinkColumnsBinary(bytes))).toEqual(noEnds)
  })

  it('rank institutions by how many links they end, the hub first', () => {
    const decoded = decodeLinkColumnsBinary(encodeLinkColumnsBinary(encodeLinkColumns(links)))
    expect(decoded.institutionIds[0]).toBe('hub')
  })

  it('refuse bytes of another kind, cut short, or with bytes left over, saying where', () => {
    const bytes = encodeLinkColumnsBinary(encodeLinkColumns(links))
    expect(() => decodeLinkColumnsBinary(utf8Bytes('{"ids":[]}'))).toThrow(
      'these bytes are not link columns of format 1',
    )
    expect(() => decodeLinkColumnsBinary(bytes.subarray(0, bytes.length - 10))).toThrow(
      /the bytes end at \d+/,
    )
    expect(() => decodeLinkColumnsBinary(Uint8Array.from([...bytes, 0, 0]))).toThrow(
      '2 bytes left over after the last column',
    )
  })

  it('refuse a header that is not the tables it should be', () => {
    const header = utf8Bytes(JSON.stringify({ count: -1 }))
    const bytes = Uint8Array.from([0x41, 0x54, 0x4c, 0x43, 1, header.length, ...header])
    expect(() => decodeLinkColumnsBinary(bytes)).toThrow('link columns: the header is wrong')
    const garbled = Uint8Array.from([0x41, 0x54, 0x4c, 0x43, 1, 2, 0x7b, 0xff])
    expect(() => decodeLinkColumnsBinary(garbled)).toThrow('link columns: the header is not JSON in UTF-8')
  })
})
