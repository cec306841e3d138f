import { describe, expect, it } from 'vitest'
import { type GeoNamesPlace, PLACE_RANKING, placeFeatures } from './placeZooms'

const place = (
  name: string,
  population: number,
  lon: number,
  lat: number,
  capital = false,
): GeoNamesPlace => ({
  name,
  population,
  lon,
  lat,
  capital,
})

const minzooms = (places: GeoNamesPlace[]) =>
  Object.fromEntries(placeFeatures(places).map(({ properties }) => [properties.name, properties.minzoom]))

describe('placeFeatures', () => {
  it('names a big city from the first zoom and a town beside it only once the map has room for both', () => {
    const zooms = minzooms([
      place('Tongzhou', 180_000, 116.66, 39.91),
      place('Beijing', 18_960_000, 116.4, 39.9),
    ])
    expect(zooms.Beijing).toBe(PLACE_RANKING.firstZoom)
    // 0.26° apart: by zoom 9 a 128-pixel square is 0.18° wide, so they are in two.
    expect(zooms.Tongzhou).toBeGreaterThan(PLACE_RANKING.firstZoom)
    expect(zooms.Tongzhou).toBeLessThanOrEqual(9)
  })

  it('names a town far from any city early: thinly settled land gets its names first', () => {
    const zooms = minzooms([place('Beijing', 18_960_000, 116.4, 39.9), place('Tromsø', 38_000, 18.96, 69.65)])
    expect(zooms.Tromsø).toBe(PLACE_RANKING.firstZoom)
  })

  it('puts a capital before a bigger city of its square', () => {
    const zooms = minzooms([
      place('Sydney', 4_600_000, 151.21, -33.87),
      place('Canberra', 367_000, 149.13, -35.28, true),
    ])
    expect(zooms.Canberra).toBeLessThan(zooms.Sydney ?? Number.POSITIVE_INFINITY)
  })

  it('keeps names as GeoNames spells them, diacritics and all, and leaves out places never named', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => place(`Village ${i}`, 1000 + i, 19.47, 51.77))
    const features = placeFeatures([place('Łódź', 670_000, 19.47, 51.77), ...crowd])
    expect(features[0]?.properties).toEqual({ name: 'Łódź', population: 670_000, minzoom: 3 })
    expect(features[0]?.geometry.coordinates).toEqual([19.47, 51.77])
    // Forty villages on the city's own point: its square is full at every zoom.
    expect(features).toHaveLength(1)
  })
})
