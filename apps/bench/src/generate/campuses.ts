import { isInCountry } from '@atlas/geo'
import type { BenchCity } from './cities'
import { type LatLng, offsetKm } from './distance'
import type { PointSpacing } from './pointSpacing'

/** The spiral's scale: spot k lies SPIRAL_KM·√k from the centre, so neighbouring spots are about 1.5 km apart. */
const SPIRAL_KM = 0.8
/** The golden angle turns each spot away from the last so the spots fill a disc evenly (Vogel's spiral). */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5))
/** Five decimals is about a metre: the precision the CSV writes, so the data set holds what the import reads. */
const DECIMALS = 1e5
/** A city whose spots run out this many times over (an island, a narrow coast) stops the generator. */
const MAX_SPOTS_PER_CAMPUS = 20

/**
 * `count` campus points around a city's centre, on a spiral walked outward: a spot outside the city's country, or
 * too near a point already placed (in `spacing`, which every city and the avoided points share), is passed over,
 * so the same city and spacing always give the same points.
 */
export function campusesAround(city: BenchCity, count: number, spacing: PointSpacing): LatLng[] {
  const points: LatLng[] = []
  for (let spot = 0; points.length < count; spot += 1) {
    if (spot > count * MAX_SPOTS_PER_CAMPUS) {
      throw new Error(
        `${city.name} (${city.country}) has room for only ${points.length} of ${count} campuses`,
      )
    }
    const raw = offsetKm(city, SPIRAL_KM * Math.sqrt(spot + 0.5), spot * GOLDEN_ANGLE)
    const point = {
      lat: Math.round(raw.lat * DECIMALS) / DECIMALS,
      lng: Math.round(raw.lng * DECIMALS) / DECIMALS,
    }
    if (!spacing.isClear(point) || !isInCountry(point.lng, point.lat, city.country)) continue
    spacing.add(point)
    points.push(point)
  }
  return points
}

/**
 * Shares `total` institutions among cities by population^0.6 (big cities hold more, small ones still several),
 * at least one each, by largest remainders so the shares add up exactly.
 */
export function institutionsPerCity(cities: readonly BenchCity[], total: number): number[] {
  const weights = cities.map((city) => city.population ** 0.6)
  const sum = weights.reduce((a, b) => a + b, 0)
  const spare = total - cities.length
  if (spare < 0) throw new Error(`${total} institutions cannot fill ${cities.length} cities`)
  const exact = weights.map((weight) => (weight / sum) * spare)
  const shares = exact.map((share) => 1 + Math.floor(share))
  let left = total - shares.reduce((a, b) => a + b, 0)
  const byRemainder = exact
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (left === 0) break
    shares[index] = (shares[index] ?? 0) + 1
    left -= 1
  }
  return shares
}
