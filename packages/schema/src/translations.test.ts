import { describe, expect, expectTypeOf, it } from 'vitest'
import { groupInputSchema } from './group'
import { type Initiative, initiativeSchema, initiativeTranslationsSchema } from './initiative'
import { type TourStop, tourSchema } from './tour'
import type { Translations } from './translations'

const initiative = {
  id: 'belt-and-road',
  name: 'Belt and Road Initiative',
  colour: '#059669',
  description: 'China’s “Belt and Road” development initiative.',
  parentId: null,
  sourceIds: ['doc'],
}
const translations = {
  zh: { name: '“一带一路”倡议', description: '中国的“一带一路”发展倡议。' },
  es: { name: 'Iniciativa de la Franja y la Ruta' },
  pl: { name: 'Inicjatywa Pasa i Szlaku', description: 'Chińska inicjatywa rozwojowa „Pasa i Szlaku”.' },
}

const group = {
  id: 'consortium',
  name: 'Consortium',
  kind: 'consortium',
  seatId: 'a',
  founded: '2017-03-21',
  foundedAtId: null,
  linkKind: 'consortium_membership',
  initiatives: ['belt-and-road'],
  description: 'A consortium.',
  sourceId: 'doc',
  members: [
    { institutionId: 'a', role: 'member', joined: null, left: null },
    { institutionId: 'b', role: 'member', joined: null, left: null },
  ],
}

const stop = {
  title: 'A stop',
  caption: 'What the stop shows.',
  view: { lon: 19, lat: 51, zoom: 4, bearing: 0, pitch: 0 },
  filter: { initiatives: null, countries: null, linkKinds: null, yearFrom: null, yearTo: null },
  selection: null,
}
const tour = {
  id: 'tour',
  title: 'A tour',
  description: 'What the tour tells.',
  initiativeId: null,
  sourceIds: ['doc'],
  stops: [stop],
}

describe('translationsSchema (as an initiative has it)', () => {
  const schema = initiativeTranslationsSchema

  it('gives back what it was given: any of the fields, in any of the content languages', () => {
    expect(schema.parse(translations)).toEqual(translations)
    expect(schema.parse({})).toEqual({})
  })

  it('refuses a language content is not translated into, English (the original) included', () => {
    expect(schema.safeParse({ en: { name: 'Belt and Road Initiative' } }).success).toBe(false)
    expect(schema.safeParse({ fr: { name: 'Initiative la Ceinture et la Route' } }).success).toBe(false)
  })

  it('holds a translation to what the field it translates may hold', () => {
    expect(schema.safeParse({ pl: { name: '' } }).success).toBe(false)
    expect(schema.safeParse({ pl: { name: 'x'.repeat(200) } }).success).toBe(true)
    expect(schema.safeParse({ pl: { name: 'x'.repeat(201) } }).success).toBe(false)
    expect(schema.safeParse({ pl: { description: 'x'.repeat(2001) } }).success).toBe(false)
  })
})

describe('records with translations', () => {
  it('keep them through a parse, and stay valid without them', () => {
    expect(initiativeSchema.parse({ ...initiative, translations })).toEqual({ ...initiative, translations })
    expect(initiativeSchema.parse(initiative)).toEqual(initiative)
    const groupTranslations = { zh: { name: '联盟', description: '一个联盟。' } }
    expect(groupInputSchema.parse({ ...group, translations: groupTranslations }).translations).toEqual(
      groupTranslations,
    )
    expect(groupInputSchema.parse(group)).not.toHaveProperty('translations')
    const translated = {
      ...tour,
      translations: { es: { title: 'Un recorrido' } },
      stops: [{ ...stop, translations: { pl: { title: 'Przystanek', caption: 'Co pokazuje przystanek.' } } }],
    }
    expect(tourSchema.parse(translated)).toEqual(translated)
    expect(tourSchema.parse(tour)).toEqual(tour)
  })

  it('refuse a translation of a field the record does not translate', () => {
    const parsed = tourSchema.parse({
      ...tour,
      stops: [{ ...stop, translations: { zh: { caption: '说明' } } }],
    })
    expect(parsed.stops[0]?.translations).toEqual({ zh: { caption: '说明' } })
    expect(tourSchema.safeParse({ ...tour, translations: { zh: { caption: '说明' } } }).success).toBe(false)
  })
})

describe('Translations', () => {
  it('is the type translationsSchema reads, written out for code generic over the fields', () => {
    expectTypeOf<NonNullable<Initiative['translations']>>().toEqualTypeOf<
      Translations<'name' | 'description'>
    >()
    expectTypeOf<NonNullable<TourStop['translations']>>().toEqualTypeOf<Translations<'title' | 'caption'>>()
  })
})
