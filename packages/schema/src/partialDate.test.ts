import { describe, expect, it } from 'vitest'
import { joinPartialDate, partialDateSchema, splitPartialDate } from './partialDate'

describe('partial dates', () => {
  it('accepts a year, a month or a day', () => {
    for (const value of ['2017', '2017-03', '2017-03-21']) expect(partialDateSchema.parse(value)).toBe(value)
  })

  it('rejects what is not a date of the calendar', () => {
    for (const value of ['17', '2017-13', '2017-02-30', '21 March 2017', '2017-3-21']) {
      expect(partialDateSchema.safeParse(value).success).toBe(false)
    }
  })

  it('splits into the first day it covers and its precision, and joins back', () => {
    expect(splitPartialDate('2017')).toEqual({ date: '2017-01-01', precision: 'year' })
    expect(splitPartialDate('2017-03')).toEqual({ date: '2017-03-01', precision: 'month' })
    expect(splitPartialDate('2017-03-21')).toEqual({ date: '2017-03-21', precision: 'day' })
    for (const value of ['2017', '2017-03', '2017-03-21']) {
      const { date, precision } = splitPartialDate(value)
      expect(joinPartialDate(date, precision)).toBe(value)
    }
  })
})
