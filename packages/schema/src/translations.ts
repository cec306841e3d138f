import { z } from 'zod'

/**
 * The languages content is translated into. Editors and the seed write content in English, so English is the
 * original every translation is made from, never a translation itself.
 */
export const CONTENT_LOCALES = ['zh', 'es', 'pl'] as const

/**
 * A record's translations of its original English text: for each content language, any of `fields`, each held to
 * the same schema (and so the same length) as the field it translates. A language or a field left out has no
 * translation yet, and a reader shows the original, marked as English. Any other field is refused, so that a
 * misspelt one is not dropped without a word.
 */
export function translationsSchema<Fields extends Record<string, z.ZodString>>(fields: Fields) {
  return z.partialRecord(z.enum(CONTENT_LOCALES), z.strictObject(fields).partial())
}
