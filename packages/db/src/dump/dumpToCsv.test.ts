import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { type AtlasDump, DUMP_FORMAT, DUMP_FORMAT_VERSION } from './dumpFormat'
import { dumpToCsv } from './dumpToCsv'

const dump = (tables: AtlasDump['tables']): AtlasDump => ({
  format: DUMP_FORMAT,
  formatVersion: DUMP_FORMAT_VERSION,
  migration: '0008_editors',
  exportedAt: '2025-01-02T03:04:05.678Z',
  tables,
})

describe('dumpToCsv', () => {
  it('quotes commas, quotes and line breaks, and keeps Chinese and Polish text as it is', () => {
    const csv = dumpToCsv(
      dump({
        institutions: [
          { id: 'lodz', name: 'Politechnika Łódzka, "PŁ"', city: 'Łódź', note: 'one\ntwo\r\nthree' },
          { id: 'bjut', name: '北京工业大学', city: '北京', note: 'Zażółć gęślą jaźń' },
        ],
      }),
    )
    expect(csv.institutions).toBe(
      'id,name,city,note\r\n' +
        'lodz,"Politechnika Łódzka, ""PŁ""",Łódź,"one\ntwo\r\nthree"\r\n' +
        'bjut,北京工业大学,北京,Zażółć gęślą jaźń',
    )
  })

  it('writes arrays and JSON as JSON text, and tells a null from an empty text', () => {
    const csv = dumpToCsv(
      dump({
        tour_stops: [
          {
            tour_id: 't',
            position: 0,
            view: { center: [19.5, 51.75], zoom: 4 },
            selection: null,
            caption: '',
            pinned: false,
          },
        ],
        institutions: [{ id: 'x', alt_names: ['a,b', 'c"d', 'Łódź'] }],
      }),
    )
    expect(csv.tour_stops).toBe(
      'tour_id,position,view,selection,caption,pinned\r\n' +
        't,0,"{""center"":[19.5,51.75],""zoom"":4}",,"",false',
    )
    expect(csv.institutions).toBe('id,alt_names\r\nx,"[""a,b"",""c\\""d"",""Łódź""]"')
  })

  it('reads back, with any RFC 4180 reader, as the values written', () => {
    const rows = [
      { id: '1', text: 'a, "b"\nc', zh: '中波合作', pl: 'Wrocław' },
      { id: '2', text: ' leading and trailing spaces ', zh: '', pl: 'Gdańsk' },
    ]
    const csv = dumpToCsv(dump({ sources: rows })).sources ?? ''
    expect(Papa.parse(csv, { header: true }).data).toEqual(rows)
  })

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const csv = dumpToCsv(
      dump({ facts: [{ id: '=HYPERLINK("x")', text: '@SUM(A1)', value: -3.5, label: '-1' }] }),
    )
    expect(csv.facts).toBe('id,text,value,label\r\n"\'=HYPERLINK(""x"")","\'@SUM(A1)",-3.5,"\'-1"')
  })

  it('gives a table without rows as empty text and leaves out a table the dump lacks', () => {
    const csv = dumpToCsv(dump({ users: [], changes: [] }))
    expect(csv).toEqual({ users: '', changes: '' })
  })
})
