import { iso1A2Code } from '@rapideditor/country-coder'

/**
 * How far from a point `isInCountry` still looks for the stated country, in kilometres. country-coder's borders
 * are simplified (measured against the map: 0.05 km off on the Oder at Frankfurt, 0.26 km on the Narva) and the
 * coordinates editors cite are often rounded (two decimals is about 1 km), so a campus on a river border or a
 * coast could fall just outside its country; 2 km absorbs both while still refusing a point in the wrong
 * country's interior or a swapped longitude and latitude.
 */
export const COUNTRY_TOLERANCE_KM = 2

/** The rings the tolerance samples: every 30° at 1 km and at 2 km, so no gap between samples exceeds ~1 km. */
const SAMPLE_RADII_KM = [COUNTRY_TOLERANCE_KM / 2, COUNTRY_TOLERANCE_KM]
const SAMPLE_BEARINGS = Array.from({ length: 12 }, (_, i) => (i * 30 * Math.PI) / 180)
const EARTH_RADIUS_KM = 6371
const DEGREES = 180 / Math.PI

/**
 * The levels whose codes a place may be stated with: Hong Kong is coded HK (territory) as well as CN (country),
 * Ceuta EA as well as ES. Higher levels are left out so that "EU" or "UN" are never taken for a country.
 */
const CODED_LEVELS = ['subterritory', 'territory', 'country'] as const

/**
 * The ISO 3166-1 alpha-2 code of the country that holds the point, or null on the high seas, in Antarctica or in
 * an area without an ISO code of its own (Northern Cyprus). country-coder's borders reach out to sea roughly as
 * far as maritime boundaries (the Mediterranean between Valencia and Mallorca is ES), so "at sea" means far out. It answers at the country level, as our data is coded: a point in Hong Kong or Macau is CN,
 * in Puerto Rico US, in French Guiana FR; `isInCountry` still accepts the territory's own code. Disputed areas
 * get the de facto controlling country, as country-coder codes them (Crimea is RU, Taiwan TW).
 */
export function countryAt(lon: number, lat: number): string | null {
  if (!isPosition(lon, lat)) return null
  return iso1A2Code([lon, lat], { level: 'country', maxLevel: 'country', withProp: 'iso1A2' })
}

/**
 * Whether an institution stated to be in `country` may stand at the point: true when the point is in that
 * country or one of its territories with a code of its own (HK, PR, GF…), or within about
 * `COUNTRY_TOLERANCE_KM` of one, so that coarse border data never refuses a campus on a border river or a coast.
 * Near a border both neighbours are therefore accepted; the check is meant to catch wrong countries and
 * swapped coordinates, not to settle borders.
 */
export function isInCountry(lon: number, lat: number, country: string): boolean {
  if (!isPosition(lon, lat)) return false
  const code = country.toUpperCase()
  if (codesAt(lon, lat).includes(code)) return true
  return SAMPLE_RADII_KM.some((radius) =>
    SAMPLE_BEARINGS.some((bearing) => {
      const [sampleLon, sampleLat] = offset(lon, lat, bearing, radius)
      return codesAt(sampleLon, sampleLat).includes(code)
    }),
  )
}

function isPosition(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90
}

/** Every code the point may be stated with, from the smallest coded area up to its country. */
function codesAt(lon: number, lat: number): string[] {
  return CODED_LEVELS.flatMap(
    (level) => iso1A2Code([lon, lat], { level, maxLevel: 'country', withProp: 'iso1A2' }) ?? [],
  )
}

/**
 * The point `distanceKm` away on `bearing` (radians from north), on a plane tangent at the point: over 2 km
 * the error is centimetres. Longitude wraps at the antimeridian; latitude stops at the poles.
 */
function offset(lon: number, lat: number, bearing: number, distanceKm: number): [number, number] {
  const angle = distanceKm / EARTH_RADIUS_KM
  const newLat = Math.max(-90, Math.min(90, lat + Math.cos(bearing) * angle * DEGREES))
  const cosLat = Math.max(Math.cos(lat / DEGREES), 1e-6)
  const newLon = lon + (Math.sin(bearing) * angle * DEGREES) / cosLat
  return [((((newLon + 180) % 360) + 360) % 360) - 180, newLat]
}
