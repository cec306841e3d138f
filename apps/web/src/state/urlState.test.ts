import { describe, expect, it } from 'vitest'
import type { AtlasView } from './atlasView'
import { defaultAtlasView } from './defaultAtlasView'
import {
  decodeAtlasView,
  decodeUrlState,
  encodeAtlasView,
  parseTourLocation,
  replaceAtlasParams,
  withTourLocation,
} from './urlState'

const defaults = defaultAtlasView('light')

const everything: AtlasView = {
  filter: {
    initiatives: ['belt-and-road', 'sino-polish-consortium'],
    countries: ['PL', 'CN'],
    linkKinds: ['consortium_membership'],
    yearFrom: 2016,
    yearTo: 2018,
  },
  selection: { type: 'institution', id: 'lodz-university-of-technology' },
  view: { lon: 19.5, lat: 51.8, zoom: 4.2, bearing: 0, pitch: 0 },
  theme: 'dark',
  options: { colourBy: 'kind', pairwise: true, choropleth: true, projector: true },
}

describe('encodeAtlasView', () => {
  it('writes every part compactly and readably', () => {
    expect(encodeAtlasView(everything, defaults)).toBe(
      '?i=belt-and-road,sino-polish-consortium&c=PL,CN&k=consortium_membership&y=2016-2018' +
        '&sel=i:lodz-university-of-technology&v=19.5,51.8,4.2,0,0&theme=dark&o=pairwise,choropleth,projector&colour=kind',
    )
  })

  it('writes nothing for the default view', () => {
    expect(encodeAtlasView(defaults, defaults)).toBe('')
  })

  it('keeps an empty list apart from “all”', () => {
    const none = { ...defaults, filter: { ...defaults.filter, initiatives: [], linkKinds: [] } }
    expect(encodeAtlasView(none, defaults)).toBe('?i=&k=')
    expect(decodeAtlasView('?i=&k=', defaults).filter).toEqual(none.filter)
  })

  it('writes open-ended year ranges', () => {
    const from = { ...defaults, filter: { ...defaults.filter, yearFrom: 2016 } }
    const to = { ...defaults, filter: { ...defaults.filter, yearTo: 2018 } }
    expect(encodeAtlasView(from, defaults)).toBe('?y=2016-')
    expect(encodeAtlasView(to, defaults)).toBe('?y=-2018')
  })

  it('rounds the view and wraps the longitude', () => {
    const view = { lon: 379.123456789, lat: 51.76543219, zoom: 4.23456, bearing: -0.04, pitch: 10.06 }
    expect(encodeAtlasView({ ...defaults, view }, defaults)).toBe('?v=19.1235,51.7654,4.23,0,10.1')
  })

  it('leaves out a theme equal to the default one', () => {
    const dark = defaultAtlasView('dark')
    expect(encodeAtlasView(dark, dark)).toBe('')
    expect(encodeAtlasView(defaults, dark)).toBe('?theme=light')
  })
})

describe('decodeAtlasView', () => {
  it('round-trips every part', () => {
    const search = encodeAtlasView(everything, defaults)
    expect(decodeAtlasView(search, defaults)).toEqual(everything)
    expect(encodeAtlasView(decodeAtlasView(search, defaults), defaults)).toBe(search)
  })

  it('round-trips each kind of selection and year range', () => {
    const views: AtlasView[] = [
      { ...defaults, selection: { type: 'link', id: 'bpc-cnmc-going-out-pilot' } },
      { ...defaults, selection: { type: 'country', code: 'ZM' } },
      { ...defaults, filter: { ...defaults.filter, yearFrom: 2017, yearTo: null } },
      { ...defaults, filter: { ...defaults.filter, yearFrom: null, yearTo: 2020 } },
      { ...defaults, options: { ...defaults.options, choropleth: true } },
      { ...defaults, options: { ...defaults.options, projector: true } },
      { ...defaults, theme: 'dark', options: { ...defaults.options, projector: true, pairwise: true } },
      { ...defaults, view: { lon: -73.9857, lat: 40.7484, zoom: 12.5, bearing: 45.5, pitch: 60 } },
    ]
    for (const view of views) expect(decodeAtlasView(encodeAtlasView(view, defaults), defaults)).toEqual(view)
  })

  it('reads the empty query as the defaults', () => {
    expect(decodeAtlasView('', defaults)).toEqual(defaults)
    expect(decodeAtlasView('?', defaults)).toEqual(defaults)
  })

  it('falls back to the default for each part that does not parse, and never throws', () => {
    const garbage =
      '?i=%%%&c=XX,zz&k=teleportation&y=2018-2016&sel=q:what&v=1,2&theme=neon&colour=rainbow&o=sparkles'
    const decoded = decodeAtlasView(garbage, defaults)
    expect(decoded).toEqual({
      ...defaults,
      options: { ...defaults.options, pairwise: false, choropleth: false, projector: false },
    })
  })

  it('keeps the items of a list that parse, once each', () => {
    const decoded = decodeAtlasView('?c=pl,CN,XX,PL,&i=belt-and-road,Not An Id,belt-and-road', defaults)
    expect(decoded.filter.countries).toEqual(['PL', 'CN'])
    expect(decoded.filter.initiatives).toEqual(['belt-and-road'])
  })

  it('rejects years out of range, backwards ranges and run-together digits', () => {
    for (const y of ['1066-2018', '2016-9999', '2018-2016', '20162018', '-', 'abc', '2016--2018']) {
      const decoded = decodeAtlasView(`?y=${y}`, defaults)
      expect([decoded.filter.yearFrom, decoded.filter.yearTo], y).toEqual([null, null])
    }
    expect(decodeAtlasView('?y=2017', defaults).filter).toMatchObject({ yearFrom: 2017, yearTo: 2017 })
  })

  it('rejects views that are off the map', () => {
    for (const v of ['0,95,3', '0,0,-1', '0,0,30', '0,0,3,0,90', 'a,b,c', '1,2,3,4,5,6', '1,,3']) {
      expect(decodeAtlasView(`?v=${v}`, defaults).view, v).toEqual(defaults.view)
    }
    expect(decodeAtlasView('?v=200,10,3', defaults).view).toEqual({
      lon: -160,
      lat: 10,
      zoom: 3,
      bearing: 0,
      pitch: 0,
    })
  })

  it('rejects selections whose id is not an id', () => {
    for (const sel of ['i:', 'i:Not An Id', 'c:Poland', 'l', 'x:abc']) {
      expect(decodeAtlasView(`?sel=${encodeURIComponent(sel)}`, defaults).selection, sel).toBeNull()
    }
  })

  it('gives a group its own URL, sel=g:<id>, and reads it back', () => {
    const group: AtlasView = {
      ...defaults,
      selection: { type: 'group', id: 'sino-polish-university-consortium' },
    }
    expect(encodeAtlasView(group, defaults)).toBe('?sel=g:sino-polish-university-consortium')
    expect(decodeAtlasView('?sel=g:sino-polish-university-consortium', defaults)).toEqual(group)
    expect(decodeAtlasView('?sel=g:Not%20A%20Group', defaults).selection).toBeNull()
  })

  it('reads option flags exactly as written', () => {
    const dark = defaultAtlasView('dark')
    const withFlags = { ...dark, options: { ...dark.options, pairwise: true } }
    expect(decodeAtlasView('?o=', withFlags).options.pairwise).toBe(false)
    expect(decodeAtlasView('?o=choropleth', defaults).options).toEqual({
      colourBy: 'initiative',
      pairwise: false,
      choropleth: true,
      projector: false,
    })
    expect(decodeAtlasView('?o=projector&theme=dark', defaults)).toMatchObject({
      theme: 'dark',
      options: { pairwise: false, choropleth: false, projector: true },
    })
  })
})

describe('replaceAtlasParams', () => {
  it('replaces the atlas view’s parameters and keeps the others as written, after them', () => {
    expect(replaceAtlasParams('?tour=sino-polish&c=PL&stop=3&v=1,2,3', '?c=CN&theme=dark')).toBe(
      '?c=CN&theme=dark&tour=sino-polish&stop=3',
    )
    expect(replaceAtlasParams('?embed=1&x=%2C', '')).toBe('?embed=1&x=%2C')
    expect(replaceAtlasParams('?c=PL', '')).toBe('')
    expect(replaceAtlasParams('', '?c=PL')).toBe('?c=PL')
  })
})

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

describe('decodeUrlState', () => {
  it('reads the view and the tour from one search part', () => {
    expect(decodeUrlState('?c=PL&tour=bri&stop=2', defaults)).toEqual({
      atlas: { ...defaults, filter: { ...defaults.filter, countries: ['PL'] } },
      tour: { tourId: 'bri', stopIndex: 1, kiosk: false, timing: {} },
    })
  })
})
