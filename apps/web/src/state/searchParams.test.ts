import { describe, expect, it } from 'vitest'
import { setSearchParams } from './searchParams'

describe('setSearchParams', () => {
  it('adds parameters after the ones already there, leaving those as written', () => {
    expect(
      setSearchParams('?i=belt-and-road,china-spain-csp&sel=i:beihang-university', { tour: 'bri' }),
    ).toBe('?i=belt-and-road,china-spain-csp&sel=i:beihang-university&tour=bri')
  })

  it('replaces a parameter that is there and removes one set to null', () => {
    expect(setSearchParams('?tour=a&stop=3&c=PL', { tour: 'b', stop: null })).toBe('?c=PL&tour=b')
  })

  it('gives "" when nothing is left, and works without a leading "?"', () => {
    expect(setSearchParams('?tour=a', { tour: null })).toBe('')
    expect(setSearchParams('', { embed: '1' })).toBe('?embed=1')
    expect(setSearchParams('c=PL', { embed: '1' })).toBe('?c=PL&embed=1')
  })

  it('encodes the values it writes', () => {
    expect(setSearchParams('', { title: 'Łódź & 北京 = 1' })).toBe(
      '?title=%C5%81%C3%B3d%C5%BA%20%26%20%E5%8C%97%E4%BA%AC%20%3D%201',
    )
  })

  it('keeps a malformed part rather than failing', () => {
    expect(setSearchParams('?x=%&tour=a', { tour: null })).toBe('?x=%')
  })
})
