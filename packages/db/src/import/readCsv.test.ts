import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readCsv } from './readCsv'
import type { SheetRow } from './sheetRow'

async function rowsOf(source: Readable): Promise<SheetRow[]> {
  const rows: SheetRow[] = []
  for await (const row of readCsv(source)) rows.push(row)
  return rows
}

describe('readCsv', () => {
  it('keeps characters whose bytes arrive in different chunks', async () => {
    const bytes = Buffer.from('name,native_name\nŁódź University of Technology,北京航空航天大学\n', 'utf8')
    const oneByteAtATime = Readable.from(Array.from(bytes, (byte) => Buffer.from([byte])))
    expect(await rowsOf(oneByteAtATime)).toEqual([
      { line: 1, values: ['name', 'native_name'] },
      { line: 2, values: ['Łódź University of Technology', '北京航空航天大学'] },
    ])
  })

  it('drops a byte order mark and numbers rows as a spreadsheet does, a quoted line break staying in its cell', async () => {
    const rows = await rowsOf(
      Readable.from([Buffer.from('\uFEFFname,city\n"Politècnica\nde València",València\nX,Y', 'utf8')]),
    )
    expect(rows).toEqual([
      { line: 1, values: ['name', 'city'] },
      { line: 2, values: ['Politècnica\nde València', 'València'] },
      { line: 3, values: ['X', 'Y'] },
    ])
  })

  it('passes on an error of the stream it reads', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk gone'))
      },
    })
    await expect(rowsOf(failing)).rejects.toThrow('disk gone')
  })
})
