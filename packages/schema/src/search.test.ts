import { describe, expect, it } from 'vitest'
import { foldForSearch } from './search'

describe('foldForSearch', () => {
  it('folds Polish, Catalan and Spanish letters to plain ones', () => {
    expect(foldForSearch('Politechnika Łódzka')).toBe('politechnika lodzka')
    expect(foldForSearch('Universitat Politècnica de València')).toBe('universitat politecnica de valencia')
    expect(foldForSearch('Białystok, Poznań, Śląsk, Wrocław')).toBe('bialystok, poznan, slask, wroclaw')
  })

  it('keeps Chinese as it is', () => {
    expect(foldForSearch('北京工业大学')).toBe('北京工业大学')
  })

  it('makes the folded query a substring of the folded name', () => {
    expect(foldForSearch('Akademia Górniczo-Hutnicza')).toContain(foldForSearch('GORNICZO'))
  })
})
