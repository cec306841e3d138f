import { describe, expect, it } from 'vitest'
import { editDistance, matchable, matchText, typoBudget, words } from './textMatch'

describe('editDistance', () => {
  it('counts a swap of two neighbours as one edit, as Damerau–Levenshtein does', () => {
    expect(editDistance('univeristy', 'university', 2)).toBe(1)
    expect(editDistance('warsaw', 'warsaw', 0)).toBe(0)
    expect(editDistance('warsw', 'warsaw', 1)).toBe(1)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
  })

  it('gives up past the limit', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBeNull()
    expect(editDistance('ab', 'abcdef', 3)).toBeNull()
  })

  it('counts a Chinese character as one letter', () => {
    expect(editDistance('北京工业', '北京工大', 1)).toBe(1)
  })
})

describe('typoBudget', () => {
  it('forgives nothing in a short word, one typo from four letters and two from eight', () => {
    expect(['tul', 'lodz', 'warsaw', 'univeristy'].map(typoBudget)).toEqual([0, 1, 1, 2])
  })
})

describe('matchText', () => {
  const name = 'Warsaw University of Technology'
  const match = (query: string) => matchText(matchable(name), matchable(query))

  it('ranks the whole name, a prefix, a word prefix, and the query inside a word', () => {
    expect(match(name)).toEqual({ rank: 'exact', distance: 0 })
    expect(match('WARSAW  university of technology')).toEqual({ rank: 'exact', distance: 0 })
    expect(match('warsaw uni')).toEqual({ rank: 'prefix', distance: 0 })
    expect(match('tech')).toEqual({ rank: 'wordPrefix', distance: 0 })
    expect(match('saw')).toEqual({ rank: 'inside', distance: 0 })
  })

  it('forgives a typo in each word, and words in another order, as a near miss', () => {
    expect(match('warsaw univeristy')).toEqual({ rank: 'fuzzy', distance: 1 })
    expect(match('warsw univeristy')).toEqual({ rank: 'fuzzy', distance: 2 })
    expect(match('technology warsaw')).toEqual({ rank: 'fuzzy', distance: 0 })
  })

  it('finds nothing when a word is too far from every word of the name', () => {
    expect(match('krakow university')).toBeNull()
    expect(match('wsw')).toBeNull()
  })

  it('splits words at anything but letters and digits', () => {
    expect(words('sino-polish university, 2017')).toEqual(['sino', 'polish', 'university', '2017'])
    expect(words('北京工业大学')).toEqual(['北京工业大学'])
  })
})
