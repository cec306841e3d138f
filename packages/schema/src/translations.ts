import { z } from 'zod'

/**
 * The languages content is translated into. Editors and the seed write content in English, so English is the
 * original every translation is made from, never a translation itself.
 */
export const CONTENT_LOCALES = ['zh', 'es', 'pl'] as const

export type ContentLocale = (typeof CONTENT_LOCALES)[number]

/**
 * A record's translations of its original English text: for each content language, any of `fields`, each held to
 * the same schema (and so the same length) as the field it translates. A language or a field left out has no
 * translation yet, and a reader shows the original, marked as English. Any other field is refused, so that a
 * misspelt one is not dropped without a word.
 */
export function translationsSchema<Fields extends Record<string, z.ZodString>>(fields: Fields) {
  return z.partialRecord(z.enum(CONTENT_LOCALES), z.strictObject(fields).partial())
}

/**
 * The translations of a record's `Field`s as `translationsSchema` reads them, written out for code generic over the
 * fields (a form's inputs, a reader's fallback), where the inferred type cannot be indexed by a field.
 */
export type Translations<Field extends string> = Partial<
  Record<ContentLocale, Partial<Record<Field, string>>>
>
