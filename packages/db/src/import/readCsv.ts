import { pipeline, Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import Papa from 'papaparse'
import type { SheetRow } from './sheetRow'

/**
 * The rows of a CSV file, streamed: papaparse reads the text as it arrives, so a file of any length holds one row
 * in memory at a time. Lines are counted by record, as a spreadsheet numbers its rows (a cell with a line break
 * stays one row).
 */
export async function* readCsv(source: Readable): AsyncGenerator<SheetRow> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false })
  // pipeline passes a read error on to the parser, whose iteration below then throws it.
  pipeline(Readable.from(decodeUtf8(source)), parser, (error) => {
    if (error) parser.destroy(error)
  })
  const records: AsyncIterable<unknown> = parser
  let line = 0
  for await (const record of records) {
    line += 1
    const values = Array.isArray(record)
      ? record.map((value) => (typeof value === 'string' ? value : ''))
      : []
    if (line === 1 && values[0]?.startsWith('\uFEFF')) values[0] = values[0].slice(1)
    yield { line, values }
  }
}

/**
 * The stream's bytes as UTF-8 text. Decoded here rather than by papaparse, which decodes each chunk on its own
 * and so would break a character (ł, 北) whose bytes straddle two chunks.
 */
async function* decodeUtf8(source: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk)
    if (text) yield text
  }
  const rest = decoder.end()
  if (rest) yield rest
}
