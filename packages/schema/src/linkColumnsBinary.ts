import { z } from 'zod'
import { type LinkColumns, linkColumnsSchema } from './linkColumns'
import { utf8Bytes, utf8Text } from './utf8'

/** Where the server sends every link as these bytes, and their media type (see encodeLinkColumnsBinary). */
export const LINK_COLUMNS_PATH = '/api/link-columns'
export const LINK_COLUMNS_BINARY_TYPE = 'application/vnd.atlas.link-columns'

/** "ATLC" and the format's version: a reader refuses bytes of another format rather than misreading them. */
const MAGIC = [0x41, 0x54, 0x4c, 0x43, 1] as const

/** The columns of whole numbers, in the order their byte planes follow the ids. */
const NUMBER_COLUMNS = [
  'from',
  'to',
  'kind',
  'initiatives',
  'startYear',
  'startDay',
  'startPrecision',
  'endYear',
  'endDay',
  'endPrecision',
  'status',
  'group',
  'source',
] as const satisfies readonly (keyof LinkColumns)[]

type NumberColumn = (typeof NUMBER_COLUMNS)[number]
const YEAR_COLUMNS: ReadonlySet<NumberColumn> = new Set(['startYear', 'endYear'])

/** What the bytes say of themselves before the ids and the numbers: the tables the codes index. */
const headerSchema = linkColumnsSchema
  .pick({ institutionIds: true, initiativeSets: true, groupIds: true, sourceIds: true, descriptions: true })
  .extend({
    count: z.int().nonnegative(),
    /** Years are written as their distance from the year before the first one (0 stays "none"). */
    yearBase: z.int().nonnegative(),
    /** Bytes per number of each column, 0 to 4. */
    widths: z.array(z.int().min(0).max(4)).length(NUMBER_COLUMNS.length),
  })

/**
 * The links' columns as bytes, for the map's data path: what compresses best, at under 6 bytes a link once brotli
 * has had it (three quarters of `link.columns`' JSON). After the magic and a JSON header with the tables, the ids are
 * front-coded (each as the length it shares with the one before and the rest, so 'bench-link-000002' after
 * 'bench-link-000001' costs three bytes before compression), and each number column follows as byte planes (every
 * link's low byte, then every link's next byte...), so a column of small codes is runs of zeros a compressor all
 * but removes. The ends index the institutions ranked by how many links they end, so a hub's code is small.
 */
export function encodeLinkColumnsBinary(columns: LinkColumns): Uint8Array {
  const ranked = rankedInstitutions(columns)
  const numbers: Record<NumberColumn, number[]> = { ...columns, from: ranked.from, to: ranked.to }
  const years = [...columns.startYear, ...columns.endYear].filter((year) => year > 0)
  const yearBase = years.length > 0 ? minimum(years) - 1 : 0
  for (const column of YEAR_COLUMNS)
    numbers[column] = numbers[column].map((year) => (year > 0 ? year - yearBase : 0))
  const widths = NUMBER_COLUMNS.map((column) => byteWidth(maximum(numbers[column])))
  const header = utf8Bytes(
    JSON.stringify({
      count: columns.ids.length,
      yearBase,
      widths,
      institutionIds: ranked.institutionIds,
      initiativeSets: columns.initiativeSets,
      groupIds: columns.groupIds,
      sourceIds: columns.sourceIds,
      descriptions: columns.descriptions,
    } satisfies z.infer<typeof headerSchema>),
  )
  const writer = new ByteWriter()
  writer.bytes(Uint8Array.from(MAGIC))
  writer.varint(header.length)
  writer.bytes(header)
  writer.frontCoded(columns.ids)
  for (const [index, column] of NUMBER_COLUMNS.entries()) writer.planes(numbers[column], widths[index] ?? 0)
  return writer.done()
}

/** The columns the bytes hold; throws, saying where, on bytes that are not such columns or end early. */
export function decodeLinkColumnsBinary(bytes: Uint8Array): LinkColumns {
  const reader = new ByteReader(bytes)
  if (!MAGIC.every((byte) => reader.byte() === byte)) {
    throw new Error('link columns: these bytes are not link columns of format 1')
  }
  const parsed = headerSchema.safeParse(readJson(reader.bytes(reader.varint())))
  if (!parsed.success) throw new Error(`link columns: the header is wrong: ${parsed.error.message}`)
  const header = parsed.data
  const ids = reader.frontCoded(header.count)
  const numbers = Object.fromEntries(
    NUMBER_COLUMNS.map((column, index) => {
      const values = reader.planes(header.count, header.widths[index] ?? 0)
      return [
        column,
        YEAR_COLUMNS.has(column) ? values.map((year) => (year > 0 ? year + header.yearBase : 0)) : values,
      ]
    }),
  ) as Record<NumberColumn, number[]>
  if (!reader.atEnd()) throw new Error(`link columns: ${reader.left()} bytes left over after the last column`)
  const { institutionIds, initiativeSets, groupIds, sourceIds, descriptions } = header
  return { ids, institutionIds, initiativeSets, groupIds, sourceIds, descriptions, ...numbers }
}

function readJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8Text(bytes))
  } catch (error) {
    throw new Error(`link columns: the header is not JSON in UTF-8: ${(error as Error).message}`)
  }
}

/** The institutions reordered from the most links' end to the fewest, and the ends recoded to match. */
function rankedInstitutions(columns: LinkColumns): Pick<LinkColumns, 'institutionIds' | 'from' | 'to'> {
  const ends = new Array<number>(columns.institutionIds.length).fill(0)
  for (const code of columns.from) ends[code] = (ends[code] ?? 0) + 1
  for (const code of columns.to) ends[code] = (ends[code] ?? 0) + 1
  const order = columns.institutionIds.map((_, code) => code).sort((a, b) => (ends[b] ?? 0) - (ends[a] ?? 0))
  const rank = new Array<number>(order.length)
  order.forEach((code, position) => {
    rank[code] = position
  })
  const recode = (code: number) => rank[code] ?? code
  return {
    institutionIds: order.map((code) => columns.institutionIds[code] ?? ''),
    from: columns.from.map(recode),
    to: columns.to.map(recode),
  }
}

function minimum(values: readonly number[]): number {
  let least = Number.POSITIVE_INFINITY
  for (const value of values) least = Math.min(least, value)
  return least
}

function maximum(values: readonly number[]): number {
  let most = 0
  for (const value of values) most = Math.max(most, value)
  return most
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** The bytes a whole number up to `value` needs. */
function byteWidth(value: number): number {
  let width = 0
  for (let left = value; left > 0; left = Math.floor(left / 256)) width++
  return width
}

/** Bytes written one piece after another into a buffer that grows. */
class ByteWriter {
  private buffer = new Uint8Array(1024)
  private length = 0

  private room(bytes: number) {
    if (this.length + bytes <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
  }

  byte(value: number) {
    this.room(1)
    this.buffer[this.length++] = value
  }

  bytes(values: Uint8Array) {
    this.room(values.length)
    this.buffer.set(values, this.length)
    this.length += values.length
  }

  /** A whole number in 7-bit groups, low first, the top bit set on every byte but the last. */
  varint(value: number) {
    let left = value
    while (left >= 0x80) {
      this.byte((left % 0x80) | 0x80)
      left = Math.floor(left / 0x80)
    }
    this.byte(left)
  }

  /**
   * Each text as the number of its first characters (UTF-16 units, never half a pair) it shares with the one
   * before, then the rest as UTF-8, length first.
   */
  frontCoded(texts: readonly string[]) {
    let previous = ''
    for (const text of texts) {
      let shared = 0
      while (shared < previous.length && shared < text.length && previous[shared] === text[shared]) shared++
      if (shared > 0 && isHighSurrogate(text.charCodeAt(shared - 1))) shared--
      const rest = utf8Bytes(text.slice(shared))
      this.varint(shared)
      this.varint(rest.length)
      this.bytes(rest)
      previous = text
    }
  }

  /** The numbers' lowest bytes, then their next bytes, up to `width` planes. */
  planes(values: readonly number[], width: number) {
    this.room(values.length * width)
    for (let plane = 0, divisor = 1; plane < width; plane++, divisor *= 256) {
      for (const value of values) this.buffer[this.length++] = Math.floor(value / divisor) % 256
    }
  }

  done(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }
}

/** Reads what ByteWriter wrote, throwing when the bytes end before what is read. */
class ByteReader {
  private at = 0
  constructor(private readonly buffer: Uint8Array) {}

  private need(bytes: number) {
    if (this.at + bytes > this.buffer.length) {
      throw new Error(
        `link columns: the bytes end at ${this.buffer.length}, ${this.at + bytes - this.buffer.length} short of what byte ${this.at} begins`,
      )
    }
  }

  byte(): number {
    this.need(1)
    return this.buffer[this.at++] ?? 0
  }

  bytes(length: number): Uint8Array {
    this.need(length)
    this.at += length
    return this.buffer.subarray(this.at - length, this.at)
  }

  varint(): number {
    let value = 0
    for (let multiplier = 1; ; multiplier *= 0x80) {
      if (multiplier > 2 ** 49) throw new Error(`link columns: a number at byte ${this.at} runs on too long`)
      const byte = this.byte()
      value += (byte & 0x7f) * multiplier
      if (byte < 0x80) return value
    }
  }

  frontCoded(count: number): string[] {
    const texts: string[] = []
    let previous = ''
    for (let index = 0; index < count; index++) {
      const shared = this.varint()
      if (shared > previous.length) {
        throw new Error(
          `link columns: id ${index} shares ${shared} characters with one of ${previous.length}`,
        )
      }
      previous = previous.slice(0, shared) + utf8Text(this.bytes(this.varint()))
      texts.push(previous)
    }
    return texts
  }

  planes(count: number, width: number): number[] {
    this.need(count * width)
    const values = new Array<number>(count).fill(0)
    for (let plane = 0, multiplier = 1; plane < width; plane++, multiplier *= 256) {
      for (let index = 0; index < count; index++) {
        values[index] = (values[index] ?? 0) + (this.buffer[this.at++] ?? 0) * multiplier
      }
    }
    return values
  }

  atEnd(): boolean {
    return this.at === this.buffer.length
  }

  left(): number {
    return this.buffer.length - this.at
  }
}
