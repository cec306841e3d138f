import { describe, expect, it } from 'vitest'
import institutions from '../../db/src/seed/data/institutions.json'
import { COUNTRY_TOLERANCE_KM, countryAt, isInCountry } from './countryAt'

const WARSAW: [number, number] = [21.0122, 52.2297]
const BEIJING: [number, number] = [116.4074, 39.9042]
const LUSAKA: [number, number] = [28.2833, -15.4167]
const VALENCIA: [number, number] = [-0.3763, 39.4699]
const HONG_KONG: [number, number] = [114.1694, 22.3193]
/** The open Atlantic between the Azores and Ireland, outside every country's waters. */
const MID_ATLANTIC: [number, number] = [-20, 45]
const KM_PER_DEGREE_OF_LATITUDE = 111.195

/** The latitude on meridian `lon` where countryAt stops answering what it answers at `inside`, found by halving. */
function edgeLatitude(lon: number, inside: number, outside: number): number {
  const code = countryAt(lon, inside)
  let [a, b] = [inside, outside]
  for (let i = 0; i < 50; i++) {
    const middle = (a + b) / 2
    if (countryAt(lon, middle) === code) a = middle
    else b = middle
  }
  return a
}

describe('countryAt', () => {
  it('names the country of a city', () => {
    expect(countryAt(...WARSAW)).toBe('PL')
    expect(countryAt(...BEIJING)).toBe('CN')
    expect(countryAt(...LUSAKA)).toBe('ZM')
    expect(countryAt(...VALENCIA)).toBe('ES')
  })

  it('answers at the country level, as our data is coded: Hong Kong is CN', () => {
    expect(countryAt(...HONG_KONG)).toBe('CN')
  })

  it('is null on the high seas and for coordinates that are not a position', () => {
    expect(countryAt(...MID_ATLANTIC)).toBeNull()
    expect(countryAt(Number.NaN, 40)).toBeNull()
    expect(countryAt(200, 40)).toBeNull()
    expect(countryAt(0, 91)).toBeNull()
  })
})

describe('isInCountry', () => {
  it('accepts every institution of the seed data where it stands', () => {
    const refused = institutions
      .filter(({ lon, lat, country }) => !isInCountry(lon, lat, country))
      .map(({ id, country }) => `${id} (${country})`)
    expect(institutions.length).toBeGreaterThan(0)
    expect(refused).toEqual([])
  })

  it('accepts a point in the stated country', () => {
    expect(isInCountry(...BEIJING, 'CN')).toBe(true)
    expect(isInCountry(...LUSAKA, 'ZM')).toBe(true)
    expect(isInCountry(...VALENCIA, 'ES')).toBe(true)
    expect(isInCountry(...WARSAW, 'PL')).toBe(true)
  })

  it('refuses a point far from the stated country', () => {
    expect(isInCountry(...WARSAW, 'ES')).toBe(false)
    expect(isInCountry(...VALENCIA, 'PL')).toBe(false)
    expect(isInCountry(...MID_ATLANTIC, 'ES')).toBe(false)
    // Latitude and longitude swapped: Warsaw's numbers the other way round fall in Saudi Arabia.
    expect(isInCountry(WARSAW[1], WARSAW[0], 'PL')).toBe(false)
  })

  it('accepts a territory by its own code or its country’s, and nothing wider', () => {
    expect(isInCountry(...HONG_KONG, 'HK')).toBe(true)
    expect(isInCountry(...HONG_KONG, 'CN')).toBe(true)
    expect(isInCountry(...HONG_KONG, 'GB')).toBe(false)
    expect(isInCountry(...WARSAW, 'EU')).toBe(false)
    expect(isInCountry(...WARSAW, 'UN')).toBe(false)
  })

  it('reads the code in either case and refuses coordinates that are not a position', () => {
    expect(isInCountry(...VALENCIA, 'es')).toBe(true)
    expect(isInCountry(Number.NaN, 39, 'ES')).toBe(false)
    expect(isInCountry(-0.37, 95, 'ES')).toBe(false)
  })

  describe(`within ${COUNTRY_TOLERANCE_KM} km of the country`, () => {
    // North of Galicia Spain's waters end at the open sea along a nearly east–west line.
    const spainsEdge = edgeLatitude(-8, 43.6, 46)
    const northOfSpain = (km: number) => spainsEdge + km / KM_PER_DEGREE_OF_LATITUDE

    it('accepts a point just off the coast data, within the tolerance', () => {
      expect(countryAt(-8, northOfSpain(1))).toBeNull()
      expect(isInCountry(-8, northOfSpain(1), 'ES')).toBe(true)
      expect(isInCountry(-8, northOfSpain(1.9), 'ES')).toBe(true)
    })

    it('refuses a point just beyond the tolerance', () => {
      expect(isInCountry(-8, northOfSpain(2.5), 'ES')).toBe(false)
      expect(isInCountry(-8, northOfSpain(5), 'ES')).toBe(false)
    })

    // At 105°W the border between the United States and Canada is the 49th parallel, a straight line.
    const border = edgeLatitude(-105, 48.9, 49.1)
    const southOfBorder = (km: number) => border - km / KM_PER_DEGREE_OF_LATITUDE

    it('accepts either neighbour near a land border, and only the one a point is in beyond it', () => {
      expect(countryAt(-105, southOfBorder(1))).toBe('US')
      expect(isInCountry(-105, southOfBorder(1), 'CA')).toBe(true)
      expect(isInCountry(-105, southOfBorder(1), 'US')).toBe(true)
      expect(isInCountry(-105, southOfBorder(2.5), 'CA')).toBe(false)
      expect(isInCountry(-105, southOfBorder(2.5), 'US')).toBe(true)
    })
  })
})
