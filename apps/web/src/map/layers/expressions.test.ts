import { describe, expect, it } from 'vitest'
import { byZoom, grower, match } from './expressions'

describe('match', () => {
  it('looks a property up, falling back for anything else', () => {
    expect(match('kind', { college: '#1', university: '#2' }, '#0')).toEqual([
      'match',
      ['get', 'kind'],
      'college',
      '#1',
      'university',
      '#2',
      '#0',
    ])
  })

  it('is the fallback alone when there is nothing to look up (a match needs a pair)', () => {
    expect(match('initiative', {}, '#0')).toEqual(['literal', '#0'])
  })
})

describe('grower', () => {
  it('grows sizes only in the projector theme', () => {
    expect(grower(false)(2, 1.5)).toBe(2)
    expect(grower(true)(2, 1.5)).toBe(3)
    expect(grower(true)(byZoom(['get', 'w']), 2)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      2,
      ['*', ['get', 'w'], 2],
      8,
      ['*', ['*', 1.5, ['get', 'w']], 2],
    ])
  })
})
