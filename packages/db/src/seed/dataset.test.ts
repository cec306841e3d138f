import {
  CONTENT_LOCALES,
  groupTranslationsSchema,
  initiativeTranslationsSchema,
  tourStopTranslationsSchema,
  tourTranslationsSchema,
} from '@atlas/schema'
import { describe, expect, it } from 'vitest'
import { seedDataset } from './dataset'

const data = seedDataset()

/** The English a record's translations translate, and the translations, by the record's place in the seed. */
interface Translated {
  at: string
  fields: readonly string[]
  original: Readonly<Record<string, unknown>>
  translations: Readonly<Record<string, Readonly<Record<string, string | undefined>> | undefined>> | undefined
}

/** The fields a translations schema translates, read from the schema so that a new field is checked too. */
const fieldsOf = (schema: { valueType: { shape: object } }) => Object.keys(schema.valueType.shape)

const translated: Translated[] = [
  ...data.initiatives.map((i) => ({
    at: `initiative ${i.id}`,
    fields: fieldsOf(initiativeTranslationsSchema),
    original: i,
    translations: i.translations,
  })),
  ...data.groups.map((g) => ({
    at: `group ${g.id}`,
    fields: fieldsOf(groupTranslationsSchema),
    original: g,
    translations: g.translations,
  })),
  ...data.tours.flatMap((t) => [
    {
      at: `tour ${t.id}`,
      fields: fieldsOf(tourTranslationsSchema),
      original: t,
      translations: t.translations,
    },
    ...t.stops.map((stop, i) => ({
      at: `tour ${t.id} stop ${i}`,
      fields: fieldsOf(tourStopTranslationsSchema),
      original: stop,
      translations: stop.translations,
    })),
  ]),
]

// A title that is only an institution's name keeps the name as the English writes it where the seed gives the
// institution no native name in that language ("Beihang University" in Spanish), so there it equals the English.
const institutionNames = new Set(data.institutions.map((i) => i.name))

describe('the seed data', () => {
  it('translates every field of every initiative, group, tour and stop into every content language', () => {
    expect(translated).toHaveLength(3 + 2 + 3 + 13)
    const missing = translated.flatMap(({ at, fields, translations }) =>
      CONTENT_LOCALES.flatMap((locale) =>
        fields.filter((field) => !translations?.[locale]?.[field]).map((field) => `${at} ${locale} ${field}`),
      ),
    )
    expect(missing).toEqual([])
  })

  it('gives a translation that differs from the English, unless it is an institution’s name kept as it is', () => {
    const untranslated = translated.flatMap(({ at, fields, original, translations }) =>
      CONTENT_LOCALES.flatMap((locale) =>
        fields
          .filter((field) => {
            const text = translations?.[locale]?.[field]
            return text === original[field] && !institutionNames.has(String(text))
          })
          .map((field) => `${at} ${locale} ${field}`),
      ),
    )
    expect(untranslated).toEqual([])
  })

  it('writes the Belt and Road Initiative by its official names', () => {
    const beltAndRoad = data.initiatives.find((i) => i.id === 'belt-and-road')
    expect(beltAndRoad?.translations).toMatchObject({
      zh: { name: '“一带一路”倡议' },
      es: { name: 'Iniciativa de la Franja y la Ruta' },
      pl: { name: 'Inicjatywa Pasa i Szlaku' },
    })
  })
})
