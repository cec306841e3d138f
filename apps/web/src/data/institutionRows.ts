import type { Group, Initiative, InstitutionSummary, Link } from '@atlas/schema'
import type { MessageKey } from '../i18n/en'
import { countryName, formatList } from '../i18n/format'
import { institutionNames } from '../i18n/institutionName'
import { localText } from '../i18n/localized'
import { t } from '../i18n/translate'
import { toCsv } from '../share/csvExport'

/** One institution as the table shows it: every cell as its text, the links as a number. */
export interface InstitutionRow {
  id: string
  name: string
  otherName: string
  /** The languages the two names are written in (BCP 47, for `lang`), null where not known. */
  langs: { name: string | null; otherName: string | null }
  kind: string
  city: string
  country: string
  /** The initiatives of its shown links. */
  initiatives: string
  /** Its roles in the groups it belongs to. */
  roles: string
  links: number
}

export type SortColumn = Exclude<keyof InstitutionRow, 'id' | 'langs'>
export type SortDirection = 'ascending' | 'descending'

/** The table's columns, in the order shown, with their headings. */
export const TABLE_COLUMNS = [
  ['name', 'table.name'],
  ['otherName', 'table.otherName'],
  ['kind', 'table.kind'],
  ['city', 'table.city'],
  ['country', 'table.country'],
  ['initiatives', 'table.initiatives'],
  ['roles', 'table.roles'],
  ['links', 'table.links'],
] as const satisfies readonly (readonly [SortColumn, MessageKey])[]

export interface TableData {
  institutions: readonly InstitutionSummary[]
  /** The shown links: an institution's initiatives are theirs. */
  links: readonly Link[]
  linksByInstitution: ReadonlyMap<string, number>
  groups: readonly Group[]
  initiatives: readonly Initiative[]
}

/** The shown institutions as rows, their words in the interface language; initiatives in the atlas's order. */
export function institutionRows(data: TableData): InstitutionRow[] {
  const initiativesOf = new Map<string, Set<string>>()
  for (const link of data.links) {
    for (const end of [link.fromId, link.toId]) {
      const ids = initiativesOf.get(end) ?? new Set()
      for (const id of link.initiatives) ids.add(id)
      initiativesOf.set(end, ids)
    }
  }
  const rolesOf = new Map<string, Set<string>>()
  for (const group of data.groups) {
    for (const member of group.members) {
      const roles = rolesOf.get(member.institutionId) ?? new Set()
      roles.add(t(`memberRole.${member.role}`))
      rolesOf.set(member.institutionId, roles)
    }
  }
  return data.institutions.map((institution) => {
    const ids = initiativesOf.get(institution.id)
    const names = institutionNames(institution)
    return {
      id: institution.id,
      name: names.name.text,
      otherName: names.other?.text ?? '',
      langs: { name: names.name.lang, otherName: names.other?.lang ?? null },
      kind: t(`institutionKind.${institution.kind}`),
      city: institution.city,
      country: countryName(institution.country),
      initiatives: formatList(
        data.initiatives
          .filter((initiative) => ids?.has(initiative.id))
          .map((initiative) => localText(initiative, 'name')),
      ),
      roles: formatList([...(rolesOf.get(institution.id) ?? [])]),
      links: data.linksByInstitution.get(institution.id) ?? 0,
    }
  })
}

/**
 * The table's rows in the order of one column, words by the locale's collation, ties by name. Empty cells go last
 * either way, so that sorting by a column brings the rows that have something in it to the top.
 */
export function sortRows(
  rows: readonly InstitutionRow[],
  column: SortColumn,
  direction: SortDirection,
  collator: Intl.Collator,
): InstitutionRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = a[column]
    const y = b[column]
    if (x === '' || y === '') {
      const emptiness = Number(x === '') - Number(y === '')
      if (emptiness !== 0) return emptiness
    }
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return sign * order || collator.compare(a.name, b.name)
  })
}

/** The rows as the table shows them, in the order shown, under the headings shown, as CSV. */
export function rowsCsv(rows: readonly InstitutionRow[]): string {
  return toCsv(
    TABLE_COLUMNS.map(([, heading]) => t(heading)),
    rows.map((row) => TABLE_COLUMNS.map(([column]) => row[column])),
  )
}
