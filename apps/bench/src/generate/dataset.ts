import { type CountryCode, INSTITUTION_KINDS, type InstitutionKind } from '@atlas/schema'
import { campusesAround, institutionsPerCity } from './campuses'
import { pickCities } from './cities'
import type { LatLng } from './distance'
import { BENCH_INITIATIVES, type BenchInitiative } from './initiatives'
import { type BenchLink, generateLinks } from './links'
import { PointSpacing } from './pointSpacing'
import { mulberry32, weightedPicker } from './random'
import { type BenchSize, SIZE_COUNTS } from './sizes'

export type { BenchInitiative } from './initiatives'
export type { BenchLink } from './links'
export type { BenchSize } from './sizes'

/** An institution of the synthetic atlas, placed at its campus. */
export interface BenchInstitution extends LatLng {
  id: string
  name: string
  kind: InstitutionKind
  country: CountryCode
  city: string
}

/** A synthetic atlas of one size: what the benchmark imports, serves and draws. */
export interface BenchDataset {
  size: BenchSize
  institutions: BenchInstitution[]
  links: BenchLink[]
  initiatives: BenchInitiative[]
}

/** The seed a run uses unless told otherwise. */
export const DEFAULT_SEED = 16

/**
 * Campuses of one city stand at least this far apart; the import refuses a campus within 1 km of another (as the
 * same institution entered twice), and the margin keeps the rounding of coordinates from ever reaching it.
 */
export const MIN_CAMPUS_KM = 1.2

/** Universities are most of the atlas; companies and government bodies a few. */
const KIND_WEIGHTS: Readonly<Record<InstitutionKind, number>> = {
  university: 60,
  college: 15,
  institute: 15,
  company: 5,
  government_body: 5,
}
const KIND_NAMES: Readonly<Record<InstitutionKind, string>> = {
  university: 'University',
  college: 'College',
  institute: 'Institute',
  company: 'Company',
  government_body: 'Agency',
}

/**
 * The synthetic atlas of a size, the same for the same seed: institutions clustered in real cities (see
 * pickCities), each at a campus on a spiral around its city's centre, and hub-skewed links among them. Campuses
 * keep MIN_CAMPUS_KM from each other and from `avoid` (the seed's campuses, which the import checks against too).
 */
export function generateDataset(
  size: BenchSize,
  seed = DEFAULT_SEED,
  avoid: readonly LatLng[] = [],
): BenchDataset {
  const counts = SIZE_COUNTS[size]
  const random = mulberry32(seed)
  const cities = pickCities(counts.cities)
  const shares = institutionsPerCity(cities, counts.institutions)
  const spacing = new PointSpacing(MIN_CAMPUS_KM)
  for (const point of avoid) spacing.add(point)
  const pickKind = weightedPicker(
    random,
    INSTITUTION_KINDS.map((kind) => KIND_WEIGHTS[kind]),
  )
  const width = String(counts.institutions).length
  const institutions: BenchInstitution[] = []
  cities.forEach((city, cityIndex) => {
    for (const point of campusesAround(city, shares[cityIndex] ?? 0, spacing)) {
      const number = String(institutions.length + 1).padStart(width, '0')
      const kind = INSTITUTION_KINDS[pickKind()] ?? 'university'
      institutions.push({
        id: `bench-institution-${number}`,
        // The number makes every name unique, as the import requires, and unlike any real institution's.
        name: `Bench ${KIND_NAMES[kind]} ${number} ${city.name}`,
        kind,
        country: city.country,
        city: city.name,
        ...point,
      })
    }
  })
  const initiatives = BENCH_INITIATIVES.map((initiative) => ({ ...initiative }))
  const links = generateLinks(
    random,
    institutions.map((institution) => institution.id),
    initiatives,
    counts.links,
  )
  return { size, institutions, links, initiatives }
}
