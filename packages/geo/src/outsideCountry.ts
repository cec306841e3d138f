import { englishCountryName } from '@atlas/schema'
import { countryAt, isInCountry } from './countryAt'

/**
 * Why a point is not in the country its record states, as one sentence a reader of a form or a spreadsheet
 * understands (the country it lies in, and a hint when latitude and longitude look swapped); null when it is.
 */
export function outsideCountry(lon: number, lat: number, country: string): string | null {
  if (isInCountry(lon, lat, country)) return null
  const at = countryAt(lon, lat)
  const stated = `${englishCountryName(country)} (${country})`
  const where = at ? `it lies in ${englishCountryName(at)} (${at})` : 'it lies in no country'
  const swapped = isInCountry(lat, lon, country) ? '; are lat and lon swapped?' : ''
  return `the point ${lat}, ${lon} is not in ${stated}; ${where}${swapped}`
}
