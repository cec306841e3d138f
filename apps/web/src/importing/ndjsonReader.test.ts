import { describe, expect, it } from 'vitest'
import { ndjsonReader } from './ndjsonReader'

/** What a reader answers for the text cut into these chunks, the end included. */
function readAll(chunks: readonly string[]): unknown[] {
  const reader = ndjsonReader()
  return [...chunks.flatMap((chunk) => reader.push(chunk)), ...reader.end()]
}

const TEXT =
  '{"progress":{"rows":1000}}\n{"progress":{"rows":2000}}\n{"report":{"rows":2000,"name":"Łódź"}}\n'
const VALUES = [
  { progress: { rows: 1000 } },
  { progress: { rows: 2000 } },
  { report: { rows: 2000, name: 'Łódź' } },
]

describe('ndjsonReader', () => {
  it('reads every line of a text that came in one chunk', () => {
    expect(readAll([TEXT])).toEqual(VALUES)
  })

  it('joins lines cut across chunks, however the text is cut', () => {
    for (let size = 1; size <= TEXT.length; size += 1) {
      const chunks = Array.from({ length: Math.ceil(TEXT.length / size) }, (_, i) =>
        TEXT.slice(i * size, (i + 1) * size),
      )
      expect(readAll(chunks)).toEqual(VALUES)
    }
  })

  it('answers a line as soon as its newline arrives, and holds back the unfinished one', () => {
    const reader = ndjsonReader()
    expect(reader.push('{"progress":{"rows":1')).toEqual([])
    expect(reader.push('000}}\n{"rep')).toEqual([{ progress: { rows: 1000 } }])
    expect(reader.push('ort":{}}')).toEqual([])
    expect(reader.end()).toEqual([{ report: {} }])
    expect(reader.end()).toEqual([])
  })

  it('skips blank lines and accepts CRLF line ends', () => {
    expect(readAll(['{"a":1}\r\n\r\n', '\n{"b":2}\r\n'])).toEqual([{ a: 1 }, { b: 2 }])
  })

  it('names the line that is not JSON', () => {
    const reader = ndjsonReader()
    reader.push('{"a":1}\n')
    expect(() => reader.push('<html>\n')).toThrow('line 2 of the answer is not JSON')
  })
})
