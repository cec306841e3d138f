import { z } from 'zod'
import type { DATE_PRECISIONS } from './constants'

export type DatePrecision = (typeof DATE_PRECISIONS)[number]

/** A date known to the year ("2017"), the month ("2017-03") or the day ("2017-03-21"), as the sources give it. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .refine((value) => value.length < 10 || isRealDay(value), { error: 'is not a day of the calendar' })

type PartialDate = z.infer<typeof partialDateSchema>

function isRealDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)
}

const PRECISION_BY_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' }

/** Splits a partial date into the first day it covers and how much of it is known. */
export function splitPartialDate(value: PartialDate): { date: string; precision: DatePrecision } {
  const precision = PRECISION_BY_LENGTH[value.length]
  if (!precision) throw new Error(`not a partial date: ${value}`)
  const date = precision === 'year' ? `${value}-01-01` : precision === 'month' ? `${value}-01` : value
  return { date, precision }
}

/** The inverse of splitPartialDate: only the known part of the date. */
export function joinPartialDate(date: string, precision: DatePrecision): PartialDate {
  return date.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10)
}

/** A date column pair read back as the partial date it was written from, null where unknown. */
export function partialDateOf(date: string | null, precision: DatePrecision | null): PartialDate | null {
  return date && precision ? joinPartialDate(date, precision) : null
}
