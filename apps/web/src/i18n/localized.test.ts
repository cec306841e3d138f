import { describe, expect, it } from 'vitest'
import { localized } from './localized'

const belt = {
  name: 'Belt and Road Initiative',
  translations: { pl: { name: 'Inicjatywa Pasa i Szlaku' }, zh: {} },
}

describe('localized', () => {
  it('gives the translation in the reader’s language, marked with it', () => {
    expect(localized(belt, 'name', 'pl')).toEqual({ text: 'Inicjatywa Pasa i Szlaku', lang: 'pl' })
  })

  it('gives the English original, marked as English, where there is no translation', () => {
    expect(localized(belt, 'name', 'zh')).toEqual({ text: 'Belt and Road Initiative', lang: 'en' })
    expect(localized(belt, 'name', 'es')).toEqual({ text: 'Belt and Road Initiative', lang: 'en' })
    expect(localized({ name: 'Own initiative' }, 'name', 'pl').lang).toBe('en')
    expect(localized(belt, 'name', 'en')).toEqual({ text: 'Belt and Road Initiative', lang: 'en' })
  })
})
