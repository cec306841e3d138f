import { describe, expect, it } from 'vitest'
import { type Bounds, formatBounds, normaliseBounds, parseBounds, viewOfBounds } from './viewBounds'

/** Europe from Lisbon to Warsaw and from Valencia to the Baltic. */
const EUROPE: Bounds = { west: -9.5, south: 38.5, east: 21, north: 55 }

/** The longitude and latitude spans a north-up view shows in a frame, by the same Web Mercator as MapLibre. */
function shownSpan(
  view: { lon: number; lat: number; zoom: number },
  size: { width: number; height: number },
) {
  const worldPixels = 512 * 2 ** view.zoom
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))
  const lat = (mercator: number) => (360 / Math.PI) * Math.atan(Math.exp(mercator)) - 90
  const halfHeight = (size.height / worldPixels) * Math.PI
  return {
    west: view.lon - (size.width / worldPixels) * 180,
    east: view.lon + (size.width / worldPixels) * 180,
    south: lat(y(view.lat) - halfHeight),
    north: lat(y(view.lat) + halfHeight),
  }
}

describe('viewOfBounds', () => {
  it.each([
    ['a wide frame', { width: 1200, height: 400 }],
    ['a tall frame', { width: 360, height: 800 }],
    ['a square frame', { width: 500, height: 500 }],
  ])('shows all of the bounds, touching two of their edges, in %s', (_name, size) => {
    const view = viewOfBounds(EUROPE, size)
    expect(view.bearing).toBe(0)
    expect(view.pitch).toBe(0)
    const shown = shownSpan(view, size)
    expect(shown.west).toBeLessThanOrEqual(EUROPE.west)
    expect(shown.east).toBeGreaterThanOrEqual(EUROPE.east)
    expect(shown.south).toBeLessThanOrEqual(EUROPE.south)
    expect(shown.north).toBeGreaterThanOrEqual(EUROPE.north)
    // As large as fits: one pair of edges within 2% of the frame.
    const slack = Math.min(
      (shown.east - shown.west) / (EUROPE.east - EUROPE.west),
      (shown.north - shown.south) / (EUROPE.north - EUROPE.south),
    )
    expect(slack).toBeLessThan(1.02)
  })

  it('zooms further in a tall frame than a wide one of the same area, for bounds that are tall', () => {
    // From Warsaw down to Lusaka.
    const tall: Bounds = { west: 20, south: -16, east: 30, north: 53 }
    expect(viewOfBounds(tall, { width: 400, height: 900 }).zoom).toBeGreaterThan(
      viewOfBounds(tall, { width: 900, height: 400 }).zoom,
    )
  })

  it('centres bounds across the antimeridian on the Pacific side', () => {
    const view = viewOfBounds({ west: 170, south: -20, east: -170, north: 0 }, { width: 800, height: 500 })
    expect(Math.abs(view.lon)).toBeGreaterThan(179.99)
    expect(view.lat).toBeLessThan(0)
    expect(view.zoom).toBeGreaterThan(3)
  })

  it('stays within the zooms a map has', () => {
    expect(
      viewOfBounds({ west: -180, south: -85, east: 180, north: 85 }, { width: 200, height: 100 }).zoom,
    ).toBe(0)
    expect(viewOfBounds({ west: 19, south: 51, east: 19, north: 51 }, { width: 800, height: 500 }).zoom).toBe(
      22,
    )
  })
})

describe('normaliseBounds', () => {
  it('brings longitudes beyond ±180 back into the world, keeping the side they are on', () => {
    expect(normaliseBounds({ west: 160, south: -10, east: 200, north: 10 })).toEqual({
      west: 160,
      south: -10,
      east: -160,
      north: 10,
    })
    expect(normaliseBounds({ west: -200, south: 0, east: -170, north: 10 })).toEqual({
      west: 160,
      south: 0,
      east: -170,
      north: 10,
    })
  })

  it('is the whole world’s width when more than the world shows, and within Web Mercator', () => {
    expect(normaliseBounds({ west: -300, south: -89, east: 300, north: 89 })).toEqual({
      west: -180,
      south: -85.0511,
      east: 180,
      north: 85.0511,
    })
  })
})

describe('formatBounds and parseBounds', () => {
  it('round-trip with four decimals', () => {
    const text = formatBounds({ west: -9.123456, south: 38.5, east: 21, north: 55.00001 })
    expect(text).toBe('-9.1235,38.5,21,55')
    expect(parseBounds(text)).toEqual({ west: -9.1235, south: 38.5, east: 21, north: 55 })
  })

  it.each([null, '', '1,2,3', '1,2,3,4,5', 'a,b,c,d', '1,,3,4', '0,50,10,40', '0,-91,10,0', '181,0,190,10'])(
    'takes nothing from %j',
    (raw) => {
      expect(parseBounds(raw)).toBeNull()
    },
  )
})
