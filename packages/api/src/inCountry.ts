import { outsideCountry } from '@atlas/geo'
import type { Institution } from '@atlas/schema'
import { badRequest } from './trpc'

/** A point must lie in the country the record states: a swapped latitude and longitude is caught here, not on the map. */
export function assertInCountry(institution: Pick<Institution, 'lon' | 'lat' | 'country'>): void {
  const outside = outsideCountry(institution.lon, institution.lat, institution.country)
  if (outside) throw badRequest(`lat: ${outside}`)
}
