import type { CountryCode, DatePrecision } from '@atlas/schema'
import { intlLocale, t } from './translate'

const numberFormat = new Intl.NumberFormat(intlLocale)
const regionNames = new Intl.DisplayNames(intlLocale, { type: 'region', fallback: 'code' })
const listFormat = new Intl.ListFormat(intlLocale, { style: 'long', type: 'conjunction' })

const DATE_FORMATS: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat(intlLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  month: new Intl.DateTimeFormat(intlLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat(intlLocale, { year: 'numeric', timeZone: 'UTC' }),
}

export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

const percentFormat = new Intl.NumberFormat(intlLocale, { style: 'percent' })

/** A share of a whole (0.6 → "60%"). */
export function formatPercent(share: number): string {
  return percentFormat.format(share)
}

/** Short facts side by side: "University · Beijing, China"; empty parts are left out. */
export function joinParts(...parts: (string | null | undefined | false)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(t('format.separator'))
}

export function formatList(items: readonly string[]): string {
  return listFormat.format(items)
}

/** A country's name in the interface language ("PL" → "Poland"). */
export function countryName(code: CountryCode): string {
  return regionNames.of(code) ?? code
}

/** A date written only as far as it is known: "21 March 2017", "March 2017", "2017". */
export function formatPartialDate(date: string, precision: DatePrecision | null): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(day.getTime())) return date
  return DATE_FORMATS[precision ?? 'day'].format(day)
}

export interface DatedSpan {
  startDate: string | null
  startPrecision: DatePrecision | null
  endDate: string | null
  endPrecision: DatePrecision | null
}

/** When something ran: "2017–2018", "from 21 March 2017", "until 2019", or that no date is stated. */
export function formatDateSpan(span: DatedSpan): string {
  const start = span.startDate ? formatPartialDate(span.startDate, span.startPrecision) : null
  const end = span.endDate ? formatPartialDate(span.endDate, span.endPrecision) : null
  if (start && end) {
    if (start === end) return start
    const spaced = start.includes(' ') || end.includes(' ')
    return t(spaced ? 'dates.rangeSpaced' : 'dates.range', { start, end })
  }
  if (start) return t('dates.from', { start })
  if (end) return t('dates.until', { end })
  return t('dates.notStated')
}
