import type { TourStop } from '@atlas/schema'
import { NO_FILTER } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { filterableAtlas } from '../data/filterAtlas'
import { caseInstitutions } from '../data/fixtures/filterCaseAtlas'
import { sameFraming, stopFraming } from './stopFraming'

// The filter's cases: pl-a in Poland, es-a in Spain.
const subjects = filterableAtlas({ institutions: caseInstitutions, links: [], initiatives: [] })
const stop: TourStop = {
  title: 'Two universities',
  caption: 'In Łódź and València.',
  view: { lon: 60, lat: 40, zoom: 9, bearing: 20, pitch: 10 },
  filter: NO_FILTER,
  selection: null,
  focus: ['pl-a', 'es-a'],
}
const screen = { width: 1600, height: 900 }
const caption = { left: 40, top: 600, right: 960, bottom: 860 }

describe('stopFraming', () => {
  it('frames what the stop names above the caption, north up', () => {
    const { view, padding } = stopFraming(stop, subjects, screen, [caption])
    expect(view.lon).toBeCloseTo(9.55, 2)
    expect(view).toMatchObject({ bearing: 0, pitch: 0 })
    expect(view.zoom).toBeGreaterThan(4)
    expect(view.zoom).toBeLessThan(9)
    expect(padding).toEqual({ top: 0, left: 0, right: 0, bottom: 300 })
  })

  it('comes no closer than the stop’s own zoom', () => {
    expect(
      stopFraming({ ...stop, view: { ...stop.view, zoom: 3 } }, subjects, screen, [caption]).view.zoom,
    ).toBe(3)
  })

  it('shows a pinned view as written, centred in the largest free part', () => {
    expect(stopFraming({ ...stop, pinned: true }, subjects, screen, [caption])).toEqual({
      view: stop.view,
      padding: { top: 0, left: 0, right: 0, bottom: 300 },
    })
  })

  it('shows the stop’s view until the data is there, or when nothing it names is in the data', () => {
    expect(stopFraming(stop, null, screen, []).view).toEqual(stop.view)
    expect(stopFraming({ ...stop, focus: ['gone'] }, subjects, screen, []).view).toEqual(stop.view)
  })
})

describe('sameFraming', () => {
  it('tells framings apart by more than rounding', () => {
    const framing = stopFraming(stop, subjects, screen, [caption])
    const nudged = { ...framing.view, lon: framing.view.lon + 0.00001 }
    expect(sameFraming(framing, { ...framing, view: nudged })).toBe(true)
    expect(sameFraming(framing, { ...framing, padding: { ...framing.padding, bottom: 310 } })).toBe(false)
    expect(sameFraming(framing, { ...framing, view: { ...framing.view, zoom: framing.view.zoom + 1 } })).toBe(
      false,
    )
  })
})
