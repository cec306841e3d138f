import { describe, expect, it } from 'vitest'
import { csvBlob, institutionsCsv, linksCsv, toCsv } from './csvExport'
import { exportFixture } from './fixtures/exportFixture'

/** Splits CSV into records and fields the way RFC 4180 reads it, to check the writer against. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === ',') {
      record.push(field)
      field = ''
    } else if (char === '\r' && csv[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += char
  }
  return records
}

describe('toCsv', () => {
  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['line\nbreak', 'plain'],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",plain\r\n')
  })

  it('writes numbers as they are, null as an empty field, and CJK text unquoted', () => {
    expect(toCsv(['n', 'empty', 'name'], [[-70.6506, null, '北京工业大学']])).toBe(
      'n,empty,name\r\n-70.6506,,北京工业大学\r\n',
    )
  })

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(toCsv(['x'], [['=1+1'], ['+3'], ['-2'], ['@SUM(A1)']])).toBe(
      "x\r\n'=1+1\r\n'+3\r\n'-2\r\n'@SUM(A1)\r\n",
    )
  })
})

describe('institutionsCsv', () => {
  const records = parseCsv(institutionsCsv(exportFixture))
  const row = (index: number) =>
    Object.fromEntries((records[0] ?? []).map((name, i) => [name, records[index]?.[i]]))

  it('has a header and a row per shown institution, with names and the country spelled out', () => {
    expect(records).toHaveLength(5)
    expect(row(1)).toEqual({
      id: 'lodz-university-of-technology',
      name: 'Lodz University of Technology',
      native_name: 'Politechnika Łódzka',
      other_names: 'TUL; PŁ',
      kind: 'university',
      city: 'Łódź',
      country_code: 'PL',
      country: 'Poland',
      longitude: '19.4536',
      latitude: '51.7474',
      location_precision: 'campus',
      links_shown: '1',
    })
  })

  it('keeps Chinese names and other names with commas and quotes intact', () => {
    expect(row(2)).toMatchObject({
      native_name: '北京工业大学',
      other_names: 'BJUT; Beigongda, "Gongda"',
      city: '北京',
      country: 'China',
    })
  })

  it('leaves an absent native name empty and writes a western longitude as a number', () => {
    expect(row(4)).toMatchObject({ native_name: '', longitude: '-70.6506', kind: 'college' })
  })
})

describe('linksCsv', () => {
  const records = parseCsv(linksCsv(exportFixture))

  it('names both ends, the initiatives, the group and the source beside their ids', () => {
    const header = records[0] ?? []
    const row = Object.fromEntries(header.map((name, i) => [name, records[1]?.[i]]))
    expect(row).toEqual({
      id: 'sino-polish-lodz',
      from_id: 'lodz-university-of-technology',
      from_name: 'Lodz University of Technology',
      from_country: 'Poland',
      to_id: 'beijing-university-of-technology',
      to_name: 'Beijing University of Technology',
      to_country: 'China',
      kind: 'consortium_membership',
      status: 'active',
      start: '2017-03-21',
      end: '',
      initiative_ids: 'sino-polish-consortium; belt-and-road',
      initiatives: 'Sino-Polish University Consortium; Belt and Road',
      group_id: 'sino-polish-consortium',
      group: 'Consortium of Universities, Poland–China',
      description: 'Signed in Beijing, "in the presence of both ministers",\nand renewed in 2019.',
      source_id: 'founding-statement',
      source: 'Founding statement, 2017',
    })
  })

  it('writes dates only as far as they are known and defuses a formula in a description', () => {
    const header = records[0] ?? []
    const row = Object.fromEntries(header.map((name, i) => [name, records[2]?.[i]]))
    expect(row.start).toBe('2016')
    expect(row.end).toBe('2019-06')
    expect(row.description).toBe(`'=HYPERLINK("http://example.com")`)
  })

  it('has a row per shown link', () => {
    expect(records).toHaveLength(3)
  })
})

describe('csvBlob', () => {
  it('is UTF-8 with a byte order mark, so that Excel reads Łódź and 北京', async () => {
    const blob = csvBlob('city\r\nŁódź\r\n北京\r\n')
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFcity\r\nŁódź\r\n北京\r\n')
  })
})
