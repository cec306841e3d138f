import { z } from 'zod'
import { DATE_PRECISIONS, LINK_KINDS, LINK_STATUSES } from './constants'
import { idSchema } from './id'
import type { Link } from './link'

/**
 * A column of codes: checked in one loop rather than as an array of number schemas, which costs some 100 ms for a
 * hundred thousand links.
 */
const codes = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((code) => Number.isInteger(code) && code >= 0),
  'expected an array of whole numbers from 0',
)
/** Date precisions by code: 0 for a date that is not known. */
const PRECISIONS = [null, ...DATE_PRECISIONS] as const

/**
 * The links as columns, for the map's data path: one array per field, each link at the same index in every array.
 * Repeated values are numbers: ends index `institutionIds`, kinds, statuses and date precisions index the schema's
 * lists, initiative sets, groups and sources index tables of their own (0 for none where a field may be empty);
 * a date is its year (0 for none) and its month and day as the number mmdd (0 for 1 January, which every date known
 * only to the year has). Descriptions, which few links have, come as [index, text] pairs.
 * Compressed, a link costs a few bytes, where the same links as objects cost tens.
 */
export const linkColumnsSchema = z.object({
  ids: z.array(idSchema),
  institutionIds: z.array(idSchema),
  from: codes,
  to: codes,
  kind: codes,
  initiativeSets: z.array(z.array(idSchema)),
  initiatives: codes,
  startYear: codes,
  startDay: codes,
  startPrecision: codes,
  endYear: codes,
  endDay: codes,
  endPrecision: codes,
  status: codes,
  /** Group ids, after an empty first entry for links outside any group. */
  groupIds: z.array(z.union([idSchema, z.literal('')])),
  group: codes,
  sourceIds: z.array(idSchema),
  source: codes,
  descriptions: z.array(z.tuple([z.int().nonnegative(), z.string()])),
})

export type LinkColumns = z.infer<typeof linkColumnsSchema>

/** A table of distinct values, each numbered in the order first met, by a key that tells them apart. */
class Dictionary<Value> {
  readonly values: Value[] = []
  private readonly codes = new Map<string, number>()
  code(key: string, value: Value): number {
    let code = this.codes.get(key)
    if (code === undefined) {
      code = this.values.push(value) - 1
      this.codes.set(key, code)
    }
    return code
  }
}

/** Codes of a fixed list, by value: its index. */
function listCodes(list: readonly (string | null)[]): Map<string | null, number> {
  return new Map(list.map((value, code) => [value, code]))
}

const KIND_CODES = listCodes(LINK_KINDS)
const STATUS_CODES = listCodes(LINK_STATUSES)
const PRECISION_CODES = listCodes(PRECISIONS)

/**
 * The links as columns (see linkColumnsSchema), in the order given. Written for a hundred thousand links a call:
 * one pass, fixed lists coded by lookup, dates read digit by digit.
 */
export function encodeLinkColumns(links: readonly Link[]): LinkColumns {
  const institutions = new Dictionary<string>()
  const initiativeSets = new Dictionary<string[]>()
  const groups = new Dictionary<string>()
  groups.code('', '')
  const sources = new Dictionary<string>()
  const columns: LinkColumns = {
    ids: [],
    institutionIds: institutions.values,
    from: [],
    to: [],
    kind: [],
    initiativeSets: initiativeSets.values,
    initiatives: [],
    startYear: [],
    startDay: [],
    startPrecision: [],
    endYear: [],
    endDay: [],
    endPrecision: [],
    status: [],
    groupIds: groups.values,
    group: [],
    sourceIds: sources.values,
    source: [],
    descriptions: [],
  }
  links.forEach((link, index) => {
    const set = link.initiatives
    columns.ids.push(link.id)
    columns.from.push(institutions.code(link.fromId, link.fromId))
    columns.to.push(institutions.code(link.toId, link.toId))
    columns.kind.push(KIND_CODES.get(link.kind) ?? 0)
    columns.initiatives.push(initiativeSets.code(set.length === 1 ? (set[0] ?? '') : set.join(' '), set))
    columns.startYear.push(yearOf(link.startDate))
    columns.startDay.push(dayOf(link.startDate))
    columns.startPrecision.push(PRECISION_CODES.get(link.startPrecision) ?? 0)
    columns.endYear.push(yearOf(link.endDate))
    columns.endDay.push(dayOf(link.endDate))
    columns.endPrecision.push(PRECISION_CODES.get(link.endPrecision) ?? 0)
    columns.status.push(STATUS_CODES.get(link.status) ?? 0)
    columns.group.push(groups.code(link.groupId ?? '', link.groupId ?? ''))
    columns.source.push(sources.code(link.sourceId, link.sourceId))
    if (link.description !== null) columns.descriptions.push([index, link.description])
  })
  return columns
}

/** The links the columns hold, as the api's link list returns them; throws on a code outside its table. */
export function decodeLinkColumns(columns: LinkColumns): Link[] {
  const descriptions = new Map(columns.descriptions)
  return columns.ids.map((id, row) => {
    const at = <Value>(table: readonly Value[], column: keyof LinkColumns): Value => {
      const code = (columns[column] as number[])[row]
      const value = code === undefined ? undefined : table[code]
      if (value === undefined)
        throw new Error(`link columns: ${column}[${row}] is ${code}, outside its table`)
      return value
    }
    const groupId = at(columns.groupIds, 'group')
    return {
      id,
      fromId: at(columns.institutionIds, 'from'),
      toId: at(columns.institutionIds, 'to'),
      kind: at(LINK_KINDS, 'kind'),
      initiatives: at(columns.initiativeSets, 'initiatives'),
      startDate: isoDate(columns.startYear[row] ?? 0, columns.startDay[row] ?? 0),
      startPrecision: at(PRECISIONS, 'startPrecision'),
      endDate: isoDate(columns.endYear[row] ?? 0, columns.endDay[row] ?? 0),
      endPrecision: at(PRECISIONS, 'endPrecision'),
      status: at(LINK_STATUSES, 'status'),
      description: descriptions.get(row) ?? null,
      groupId: groupId === '' ? null : groupId,
      sourceId: at(columns.sourceIds, 'source'),
    }
  })
}

/** 2019-03-01 → 2019; none → 0. */
function yearOf(date: string | null): number {
  return date ? digits(date, 0, 4) : 0
}

/** 2019-03-01 → 301; 2019-01-01, and none → 0. */
function dayOf(date: string | null): number {
  if (!date) return 0
  const monthDay = digits(date, 5, 7) * 100 + digits(date, 8, 10)
  return monthDay === 101 ? 0 : monthDay
}

/** The number the digits of `text` from `start` to `end` write. */
function digits(text: string, start: number, end: number): number {
  let value = 0
  for (let i = start; i < end; i++) value = value * 10 + text.charCodeAt(i) - 48
  return value
}

function isoDate(year: number, day: number): string | null {
  if (!year) return null
  const monthDay = String(day || 101).padStart(4, '0')
  return `${String(year).padStart(4, '0')}-${monthDay.slice(0, 2)}-${monthDay.slice(2, 4)}`
}
