import { initiativeTranslationsSchema } from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { placeComplaints } from './fieldErrors'
import { translationKey, translationKeys, withTranslation } from './translationDraft'

const translations = {
  zh: { name: '一带一路', description: '中国的发展倡议。' },
  pl: { name: 'Pas i Szlak' },
}

describe('withTranslation', () => {
  it('writes a field in a language, adding the language if it had none', () => {
    expect(withTranslation(translations, 'pl', 'name', 'Inicjatywa Pasa i Szlaku')).toEqual({
      ...translations,
      pl: { name: 'Inicjatywa Pasa i Szlaku' },
    })
    expect(withTranslation(translations, 'es', 'description', 'Una iniciativa')).toEqual({
      ...translations,
      es: { description: 'Una iniciativa' },
    })
    expect(withTranslation(undefined, 'es', 'name', 'La Franja y la Ruta')).toEqual({
      es: { name: 'La Franja y la Ruta' },
    })
  })

  it('takes an empty (or blank) field out, and a language with nothing left', () => {
    expect(withTranslation(translations, 'zh', 'description', '')).toEqual({
      ...translations,
      zh: { name: '一带一路' },
    })
    expect(withTranslation(translations, 'pl', 'name', '  ')).toEqual({ zh: translations.zh })
    expect(withTranslation({ pl: { name: 'x' } }, 'pl', 'name', '')).toEqual({})
  })

  it('leaves what it was given as it was, and the others in their order', () => {
    const changed = withTranslation(translations, 'zh', 'name', '“一带一路”倡议')
    expect(translations.zh.name).toBe('一带一路')
    expect(Object.keys(changed)).toEqual(['zh', 'pl'])
    expect(Object.keys(changed.zh ?? {})).toEqual(['name', 'description'])
  })

  it('writes what the shared schema reads back as it is', () => {
    const written = withTranslation(withTranslation(translations, 'es', 'name', 'Franja'), 'pl', 'name', '')
    expect(initiativeTranslationsSchema.parse(written)).toEqual(written)
  })
})

describe('translationKeys', () => {
  it('names each field in each content language, where a complaint about it lands', () => {
    const keys = translationKeys({ name: 'line', description: 'text' })
    expect(keys).toEqual([
      'translations.zh.name',
      'translations.zh.description',
      'translations.es.name',
      'translations.es.description',
      'translations.pl.name',
      'translations.pl.description',
    ])
    const errors = placeComplaints(
      [{ path: ['translations', 'pl', 'name'], message: 'too long' }],
      ['name', ...keys],
    )
    expect(errors.fields).toEqual({ 'translations.pl.name': 'too long' })
  })

  it('names them under a part of the record', () => {
    expect(translationKeys({ caption: 'text' }, 'stops.2.')).toContain('stops.2.translations.es.caption')
    expect(translationKey('pl', 'title', 'stops.0.')).toBe('stops.0.translations.pl.title')
  })
})
