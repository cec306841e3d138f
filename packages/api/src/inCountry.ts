import { countryAt, isInCountry } from '@atlas/geo'
import type { Institution } from '@atlas/schema'
import { badRequest } from './trpc'

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** A point must lie in the country the record states: a swapped latitude and longitude is caught here, not on the map. */
export function assertInCountry(institution: Pick<Institution, 'lon' | 'lat' | 'country'>): void {
  const { lon, lat, country } = institution
  if (isInCountry(lon, lat, country)) return
  const found = countryAt(lon, lat)
  const where = found ? `it lies in ${countryNames.of(found)} (${found})` : 'it lies outside every country'
  throw badRequest(
    `lat: the point ${lat}, ${lon} is not in ${countryNames.of(country)} (${country}); ${where}`,
  )
}
