import { describe, expect, it } from 'vitest'
import { parseTourLocation, withTourLocation } from './tourUrl'

describe('parseTourLocation', () => {
  it('reads the tour, its stop counted from 1, and the kiosk flag', () => {
    expect(parseTourLocation('?tour=sino-polish&stop=3&kiosk=1')).toEqual({
      tourId: 'sino-polish',
      stopIndex: 2,
      kiosk: true,
      timing: {},
    })
  })

  it('starts at the first stop, presenting, when only the tour is given', () => {
    expect(parseTourLocation('?c=PL&tour=bri')).toEqual({
      tourId: 'bri',
      stopIndex: 0,
      kiosk: false,
      timing: {},
    })
  })

  it('is null without a tour or with one that is not an id', () => {
    expect(parseTourLocation('')).toBeNull()
    expect(parseTourLocation('?stop=2&kiosk=1')).toBeNull()
    expect(parseTourLocation('?tour=')).toBeNull()
    expect(parseTourLocation('?tour=Not%20An%20Id')).toBeNull()
  })

  it('falls back to the first stop for a stop that does not parse', () => {
    for (const stop of ['0', '-1', '2.5', 'two', '']) {
      expect(parseTourLocation(`?tour=bri&stop=${stop}`)?.stopIndex).toBe(0)
    }
  })

  it('accepts the usual ways of writing the kiosk flag', () => {
    for (const flag of ['kiosk', 'kiosk=', 'kiosk=1', 'kiosk=true', 'kiosk=YES']) {
      expect(parseTourLocation(`?tour=bri&${flag}`)?.kiosk).toBe(true)
    }
    for (const flag of ['kiosk=0', 'kiosk=false', 'kiosk=no']) {
      expect(parseTourLocation(`?tour=bri&${flag}`)?.kiosk).toBe(false)
    }
  })

  it('reads a kiosk’s dwell and idle time in seconds, within bounds', () => {
    expect(parseTourLocation('?tour=bri&kiosk=1&dwell=20&idle=45.5')?.timing).toEqual({
      dwellMs: 20_000,
      idleMs: 45_500,
    })
    expect(parseTourLocation('?tour=bri&dwell=0.1&idle=99999')?.timing).toEqual({
      dwellMs: 2000,
      idleMs: 3_600_000,
    })
    for (const value of ['', 'soon', 'Infinity', 'NaN']) {
      expect(parseTourLocation(`?tour=bri&dwell=${value}&idle=${value}`)?.timing, value).toEqual({})
    }
  })
})

describe('withTourLocation', () => {
  it('writes the tour after the view, leaving the first stop and presenting implicit', () => {
    expect(withTourLocation('?c=PL,CN', { tourId: 'bri', stopIndex: 0, kiosk: false, timing: {} })).toBe(
      '?c=PL,CN&tour=bri',
    )
    expect(withTourLocation('', { tourId: 'bri', stopIndex: 4, kiosk: true, timing: {} })).toBe(
      '?tour=bri&stop=5&kiosk=1',
    )
  })

  it('replaces a tour already there and removes it for null', () => {
    expect(
      withTourLocation('?tour=a&stop=3&kiosk=1&c=PL', {
        tourId: 'b',
        stopIndex: 1,
        kiosk: false,
        timing: {},
      }),
    ).toBe('?c=PL&tour=b&stop=2')
    expect(withTourLocation('?tour=a&stop=3&kiosk=1&dwell=5&c=PL', null)).toBe('?c=PL')
  })

  it('round-trips', () => {
    const location = {
      tourId: 'china-spain',
      stopIndex: 6,
      kiosk: true,
      timing: { dwellMs: 8000, idleMs: 20_500 },
    }
    expect(parseTourLocation(withTourLocation('?v=1,2,3', location))).toEqual(location)
  })
})
