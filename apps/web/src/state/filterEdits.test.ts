import { describe, expect, it } from 'vitest'
import { NO_FILTER } from './atlasView'
import {
  isUnfiltered,
  nextPlayYear,
  tickInAllList,
  tickState,
  toggleInAllList,
  toggleInList,
  yearBounds,
} from './filterEdits'

describe('toggleInAllList', () => {
  const all = ['a', 'b', 'c']

  it('unticks one item out of “all”', () => {
    expect(toggleInAllList(null, 'b', all)).toEqual(['a', 'c'])
  })

  it('becomes “all” again once every item is ticked', () => {
    expect(toggleInAllList(['a', 'c'], 'b', all)).toBeNull()
  })

  it('can untick everything, which shows nothing', () => {
    expect(toggleInAllList(['a'], 'a', all)).toEqual([])
  })
})

describe('tickInAllList and tickState', () => {
  const all = ['bri', 'sp', 'lab', 'csp']

  it('ticks and unticks a parent with everything under it', () => {
    expect(tickInAllList(null, ['bri', 'sp', 'lab'], false, all)).toEqual(['csp'])
    expect(tickInAllList(['csp'], ['bri', 'sp', 'lab'], true, all)).toBeNull()
    expect(tickInAllList(['sp'], ['bri', 'sp', 'lab'], true, all)).toEqual(['sp', 'bri', 'lab'])
  })

  it('shows a row checked, unchecked or mixed by its items', () => {
    expect(tickState(null, ['bri', 'sp'])).toBe('checked')
    expect(tickState(['bri', 'sp', 'csp'], ['bri', 'sp'])).toBe('checked')
    expect(tickState(['bri', 'csp'], ['bri', 'sp'])).toBe('mixed')
    expect(tickState(['csp'], ['bri', 'sp'])).toBe('unchecked')
  })
})

describe('toggleInList', () => {
  it('restricts to the first item ticked, adds and removes, and lifts the restriction with the last', () => {
    expect(toggleInList(null, 'PL')).toEqual(['PL'])
    expect(toggleInList(['PL'], 'CN')).toEqual(['PL', 'CN'])
    expect(toggleInList(['PL', 'CN'], 'PL')).toEqual(['CN'])
    expect(toggleInList(['CN'], 'CN')).toBeNull()
  })
})

describe('yearBounds', () => {
  const domain = { from: 2016, to: 2026 }

  it('reads thumbs at the ends of the track as no bound', () => {
    expect(yearBounds(2016, 2026, domain)).toEqual({ yearFrom: null, yearTo: null })
    expect(yearBounds(2017, 2026, domain)).toEqual({ yearFrom: 2017, yearTo: null })
    expect(yearBounds(2016, 2020, domain)).toEqual({ yearFrom: null, yearTo: 2020 })
  })

  it('keeps the thumbs from crossing and inside the track', () => {
    expect(yearBounds(2021, 2019, domain)).toEqual({ yearFrom: 2019, yearTo: 2021 })
    expect(yearBounds(1990, 2050, domain)).toEqual({ yearFrom: null, yearTo: null })
  })
})

describe('nextPlayYear', () => {
  const domain = { from: 2016, to: 2026 }

  it('moves a year on, and opens the range on reaching now', () => {
    expect(nextPlayYear(2016, domain)).toBe(2017)
    expect(nextPlayYear(2024, domain)).toBe(2025)
    expect(nextPlayYear(2025, domain)).toBeNull()
  })

  it('stops at once when the data starts this year', () => {
    expect(nextPlayYear(2026, { from: 2026, to: 2026 })).toBeNull()
  })
})

describe('isUnfiltered', () => {
  it('is true only when every part shows everything', () => {
    expect(isUnfiltered(NO_FILTER)).toBe(true)
    expect(isUnfiltered({ ...NO_FILTER, initiatives: [] })).toBe(false)
    expect(isUnfiltered({ ...NO_FILTER, countries: ['PL'] })).toBe(false)
    expect(isUnfiltered({ ...NO_FILTER, yearTo: 2020 })).toBe(false)
  })
})
