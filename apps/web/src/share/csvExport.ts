import { joinPartialDate } from '@atlas/schema'
import { type AtlasExport, exportLookups } from './atlasExport'

type Cell = string | number | null

/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), with text that a spreadsheet would run as a formula defused by a leading apostrophe.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}

function csvField(cell: Cell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  // OWASP's advice against CSV injection: Excel runs a cell starting with one of these as a formula.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const LIST = '; '

/** The shown institutions, one a row, with their names and country spelled out. */
export function institutionsCsv(data: AtlasExport): string {
  const header = [
    'id',
    'name',
    'native_name',
    'other_names',
    'kind',
    'city',
    'country_code',
    'country',
    'longitude',
    'latitude',
    'location_precision',
    'links_shown',
  ]
  const rows = data.institutions.map((institution) => [
    institution.id,
    institution.name,
    institution.nativeName,
    institution.altNames.join(LIST),
    institution.kind,
    institution.city,
    institution.country,
    data.countryName(institution.country),
    institution.lon,
    institution.lat,
    institution.precision,
    data.linksByInstitution.get(institution.id) ?? 0,
  ])
  return toCsv(header, rows)
}

/** The shown partnerships, one a row, with both ends, initiatives, group and source named beside their ids. */
export function linksCsv(data: AtlasExport): string {
  const names = exportLookups(data)
  const header = [
    'id',
    'from_id',
    'from_name',
    'from_country',
    'to_id',
    'to_name',
    'to_country',
    'kind',
    'status',
    'start',
    'end',
    'initiative_ids',
    'initiatives',
    'group_id',
    'group',
    'description',
    'source_id',
    'source',
  ]
  const rows = data.links.map((link) => {
    const from = names.institutions.get(link.fromId)
    const to = names.institutions.get(link.toId)
    return [
      link.id,
      link.fromId,
      from?.name ?? null,
      from ? data.countryName(from.country) : null,
      link.toId,
      to?.name ?? null,
      to ? data.countryName(to.country) : null,
      link.kind,
      link.status,
      // Only as far as the source knows it: "2017", not "2017-01-01".
      link.startDate && joinPartialDate(link.startDate, link.startPrecision ?? 'day'),
      link.endDate && joinPartialDate(link.endDate, link.endPrecision ?? 'day'),
      link.initiatives.join(LIST),
      link.initiatives.map((id) => names.initiatives.get(id)?.name ?? id).join(LIST),
      link.groupId,
      link.groupId && (names.groups.get(link.groupId)?.name ?? null),
      link.description,
      link.sourceId,
      names.sources.get(link.sourceId)?.title ?? null,
    ]
  })
  return toCsv(header, rows)
}

/** A CSV file that Excel opens as UTF-8: the byte order mark tells it so (Łódź, 北京 rather than mojibake). */
export function csvBlob(csv: string): Blob {
  return new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' })
}
