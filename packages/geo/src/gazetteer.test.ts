import { PLACE_SEARCH_LIMITS, placeSchema } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { searchPlaces } from './gazetteer'

const names = (query: string, options?: Parameters<typeof searchPlaces>[1]) =>
  searchPlaces(query, options).map(({ name }) => name)

describe('searchPlaces', () => {
  it('finds Łódź however it is typed, with its GeoNames record', () => {
    for (const query of ['lodz', 'LODZ', 'Łódź', '  łódź ']) expect(names(query)[0]).toBe('Łódź')
    expect(searchPlaces('lodz')[0]).toEqual({
      name: 'Łódź',
      country: 'PL',
      lon: expect.closeTo(19.47, 1),
      lat: expect.closeTo(51.77, 1),
      population: expect.any(Number),
      geonameId: 3093133,
    })
  })

  it('finds Valencia in Spain when kept to Spain, whether typed with its accent or not', () => {
    for (const query of ['valencia', 'València']) {
      const [first] = searchPlaces(query, { country: 'ES' })
      expect(first).toMatchObject({ name: 'Valencia', country: 'ES', geonameId: 2509954 })
      expect(first?.lon).toBeCloseTo(-0.38, 1)
      expect(first?.lat).toBeCloseTo(39.47, 1)
    }
    // Unrestricted, Venezuela's larger Valencia comes first and Spain's is still among the first.
    expect(searchPlaces('valencia').map(({ country }) => country)).toContain('ES')
  })

  it('finds Beijing in China and Lusaka in Zambia', () => {
    expect(searchPlaces('beijing', { country: 'CN' })[0]).toMatchObject({
      name: 'Beijing',
      geonameId: 1816670,
    })
    expect(searchPlaces('lusaka')[0]).toMatchObject({ name: 'Lusaka', country: 'ZM' })
  })

  it('puts the exact name first, then names that start with the query, by population', () => {
    // Bathinda has more people than Bath, but Bath is what was typed.
    expect(names('bath')[0]).toBe('Bath')
    expect(names('valencia', { country: 'ES' }).slice(0, 4)).toEqual([
      'Valencia',
      'Valencia de Alcántara',
      'Valencia de Don Juan',
      'Valencia del Ventoso',
    ])
    // Jingdezhen starts with the query; Beijing, far larger, only contains it.
    const jing = names('jing', { limit: 50 })
    expect(jing[0]).toBe('Jingdezhen')
    expect(jing.indexOf('Jingdezhen')).toBeLessThan(jing.indexOf('Beijing'))
  })

  it('ranks a word of the name that starts with the query above the query inside a word', () => {
    expect(names('lodz').slice(0, 4)).toEqual([
      'Łódź',
      'Aleksandrów Łódzki',
      'Konstantynów Łódzki',
      'Kłodzko',
    ])
  })

  it('keeps to the country asked for, in either case, and finds nothing in a country it does not know', () => {
    const spanish = searchPlaces('san', { country: 'es', limit: 50 })
    expect(spanish).toHaveLength(50)
    expect(new Set(spanish.map(({ country }) => country))).toEqual(new Set(['ES']))
    expect(searchPlaces('san', { country: 'ZZ' })).toEqual([])
  })

  it('answers ten places unless told, and never more than fifty', () => {
    expect(searchPlaces('a')).toHaveLength(PLACE_SEARCH_LIMITS.default)
    expect(searchPlaces('a', { limit: 3 })).toHaveLength(3)
    expect(searchPlaces('a', { limit: 500 })).toHaveLength(PLACE_SEARCH_LIMITS.max)
    expect(searchPlaces('a', { limit: 0 })).toEqual([])
    expect(searchPlaces('a', { limit: Number.NaN })).toHaveLength(PLACE_SEARCH_LIMITS.default)
  })

  it('finds nothing for an empty query or a name no place has', () => {
    expect(searchPlaces('')).toEqual([])
    expect(searchPlaces('   ')).toEqual([])
    expect(searchPlaces('xyzq')).toEqual([])
  })

  it('codes places as GeoNames does, leaving out those no institution can be stated in', () => {
    expect(searchPlaces('hong kong')[0]).toMatchObject({ name: 'Hong Kong', country: 'HK' })
    // Kosovo's places are coded XK, which is not an ISO 3166-1 code and so not a country of ours.
    expect(searchPlaces('pristina').filter(({ name }) => name === 'Pristina')).toEqual([])
    expect(searchPlaces('a', { country: 'XK' })).toEqual([])
  })

  it('answers places the shared schema accepts, so the api can return them as they are', () => {
    for (const query of ['o', 'san', 'lodz', 'hong kong']) {
      const places = searchPlaces(query, { limit: PLACE_SEARCH_LIMITS.max })
      expect(placeSchema.array().safeParse(places).error).toBeUndefined()
    }
  })
})
