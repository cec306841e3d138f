import type { InstitutionSummary } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { institutions } from '../data/fixtures/atlasFixture'
import { ARRIVAL_MARGIN, arrivalView } from './arrivalView'
import type { MapView } from './atlasView'
import { defaultAtlasView, FOCUS_ZOOM } from './defaultAtlasView'

/** Where a north-up view draws a place, in pixels from the top left of a map of `size`, as MapLibre does. */
function pixelOf(view: MapView, size: { width: number; height: number }, lon: number, lat: number) {
  const world = 512 * 2 ** view.zoom
  const y = (degrees: number) => Math.log(Math.tan(Math.PI / 4 + (degrees * Math.PI) / 360)) / (2 * Math.PI)
  return {
    x: size.width / 2 + ((lon - view.lon) / 360) * world,
    y: size.height / 2 - (y(lat) - y(view.lat)) * world,
  }
}

const placed = (index: number, lon: number, lat: number): InstitutionSummary => {
  const institution = institutions[index]
  if (!institution) throw new Error(`the fixture has no institution ${index}`)
  return { ...institution, lon, lat }
}

/** Beijing, Łódź, Valencia and Lusaka: Europe, Africa and China, as the atlas's data spans them. */
const SPREAD = [
  placed(0, 116.4, 39.9),
  placed(1, 19.46, 51.75),
  placed(2, -0.34, 39.48),
  placed(6, 28.3, -15.4),
]
const PHONE_MAP = { width: 390, height: 700 }
const WALL_MAP = { width: 1100, height: 800 }

describe('arrivalView', () => {
  const atlas = defaultAtlasView('light')
  const lodz = placed(1, 19.46, 51.75)

  it('looks at a selected institution when the link names no view', () => {
    const view = arrivalView(
      { ...atlas, selection: { type: 'institution', id: lodz.id } },
      SPREAD,
      SPREAD,
      PHONE_MAP,
    )
    expect(view).toMatchObject({ lon: lodz.lon, lat: lodz.lat, zoom: FOCUS_ZOOM })
  })

  it.each([
    ['a phone', PHONE_MAP],
    ['a wide screen', WALL_MAP],
  ])('fits every shown institution inside the map on %s, as large as fits', (_name, size) => {
    const view = arrivalView(atlas, SPREAD, SPREAD, size)
    if (!view) throw new Error('no view')
    const pixels = SPREAD.map(({ lon, lat }) => pixelOf(view, size, lon, lat))
    for (const { x, y } of pixels) {
      expect(x).toBeGreaterThanOrEqual(ARRIVAL_MARGIN - 1)
      expect(x).toBeLessThanOrEqual(size.width - ARRIVAL_MARGIN + 1)
      expect(y).toBeGreaterThanOrEqual(ARRIVAL_MARGIN - 1)
      expect(y).toBeLessThanOrEqual(size.height - ARRIVAL_MARGIN + 1)
    }
    const xs = pixels.map(({ x }) => x)
    const ys = pixels.map(({ y }) => y)
    const fill = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / (size.width - 2 * ARRIVAL_MARGIN),
      (Math.max(...ys) - Math.min(...ys)) / (size.height - 2 * ARRIVAL_MARGIN),
    )
    expect(fill).toBeGreaterThan(0.95)
  })

  it('fits only what the filter shows, and comes no closer than a chosen institution would', () => {
    const view = arrivalView(atlas, SPREAD, [lodz], PHONE_MAP)
    expect(view?.lon).toBeCloseTo(lodz.lon, 6)
    expect(view?.lat).toBeCloseTo(lodz.lat, 6)
    expect(view?.zoom).toBe(FOCUS_ZOOM)
  })

  it('keeps a view the link names, and fits nothing without shown institutions or a map to fit them to', () => {
    const named = { ...atlas.view, zoom: 4 }
    const selected = { ...atlas, selection: { type: 'institution', id: lodz.id } } as const
    expect(arrivalView({ ...selected, view: named }, SPREAD, SPREAD, PHONE_MAP)).toBeNull()
    expect(arrivalView({ ...atlas, view: named }, SPREAD, SPREAD, PHONE_MAP)).toBeNull()
    expect(arrivalView(atlas, SPREAD, [], PHONE_MAP)).toBeNull()
    expect(arrivalView(atlas, SPREAD, SPREAD, { width: 0, height: 0 })).toBeNull()
  })
})
