import { describe, expect, it } from 'vitest'
import { countryName, formatDateSpan, formatPartialDate, joinParts } from './format'

describe('formatPartialDate', () => {
  it('writes only what is known of a date', () => {
    expect(formatPartialDate('2017-03-21', 'day')).toBe('21 March 2017')
    expect(formatPartialDate('2017-03-01', 'month')).toBe('March 2017')
    expect(formatPartialDate('2016-01-01', 'year')).toBe('2016')
  })
})

describe('formatDateSpan', () => {
  const span = { startDate: null, startPrecision: null, endDate: null, endPrecision: null }

  it('joins two years with a dash', () => {
    expect(
      formatDateSpan({
        ...span,
        startDate: '2017-01-01',
        startPrecision: 'year',
        endDate: '2018-01-01',
        endPrecision: 'year',
      }),
    ).toBe('2017–2018')
  })

  it('spaces the dash between full dates', () => {
    expect(
      formatDateSpan({
        ...span,
        startDate: '2017-03-21',
        startPrecision: 'day',
        endDate: '2018-01-01',
        endPrecision: 'year',
      }),
    ).toBe('21 March 2017 – 2018')
  })

  it('says which end is known, or that no date is stated', () => {
    expect(formatDateSpan({ ...span, startDate: '2017-03-21', startPrecision: 'day' })).toBe(
      'from 21 March 2017',
    )
    expect(formatDateSpan({ ...span, endDate: '2019-01-01', endPrecision: 'year' })).toBe('until 2019')
    expect(formatDateSpan(span)).toBe('date not stated')
  })
})

describe('countries', () => {
  it('names a country in the interface language', () => {
    expect(countryName('PL')).toBe('Poland')
    expect(countryName('CN')).toBe('China')
  })
})

describe('joinParts', () => {
  it('joins the parts that are there', () => {
    expect(joinParts('University', null, 'Beijing', false, '')).toBe('University · Beijing')
  })
})
