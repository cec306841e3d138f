import { describe, expect, it } from 'vitest'
import { institutionNames } from './institutionName'

const bjut = { name: 'Beijing University of Technology', nativeName: '北京工业大学', country: 'CN' as const }
const lodz = {
  name: 'Lodz University of Technology',
  nativeName: 'Politechnika Łódzka',
  country: 'PL' as const,
}
const cnmc = { name: 'China Nonferrous Metal Mining', nativeName: null, country: 'CN' as const }

describe('institutionNames', () => {
  it('puts the reader’s language first and the other name beneath', () => {
    expect(institutionNames(bjut, 'zh')).toEqual({
      name: { text: '北京工业大学', lang: 'zh' },
      other: { text: 'Beijing University of Technology', lang: 'en' },
    })
    expect(institutionNames(lodz, 'pl').name.text).toBe('Politechnika Łódzka')
  })

  it('falls back to the English name, with the own name beneath, in another language', () => {
    expect(institutionNames(bjut, 'pl')).toEqual({
      name: { text: 'Beijing University of Technology', lang: 'en' },
      other: { text: '北京工业大学', lang: 'zh' },
    })
    expect(institutionNames(lodz, 'es').other?.lang).toBe('pl')
  })

  it('has no other name when there is none', () => {
    expect(institutionNames(cnmc, 'zh')).toEqual({ name: { text: cnmc.name, lang: 'en' }, other: null })
  })
})
