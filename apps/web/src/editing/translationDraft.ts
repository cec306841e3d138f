import { CONTENT_LOCALES, type ContentLocale, type Translations } from '@atlas/schema'

/**
 * The fields of a record that have translations, each written as its English original is in the form: a line (a
 * name, a title) or a text of several lines (a description, a caption).
 */
export type TranslatedFields<Field extends string> = Readonly<Record<Field, 'line' | 'text'>>

/**
 * The translations with one field's text in one language changed. An empty text is no translation: the field is
 * left out, and so is a language with no field left, so that a reader falls back to the English original. Nothing
 * else changes, so translations the editor did not touch are saved as they were read.
 */
export function withTranslation<Field extends string>(
  translations: Translations<Field> | undefined,
  locale: ContentLocale,
  field: NoInfer<Field>,
  text: string,
): Translations<Field> {
  const language: Partial<Record<Field, string>> = { ...translations?.[locale], [field]: text }
  if (text.trim() === '') delete language[field]
  const changed: Translations<Field> = { ...translations, [locale]: language }
  if (Object.keys(language).length === 0) delete changed[locale]
  return changed
}

/**
 * The key of a translation's input among a form's fields, as the shared schema's path to it reads:
 * `translations.pl.name`, or under `at` for a part of the record (`stops.2.translations.pl.caption`).
 */
export function translationKey(locale: ContentLocale, field: string, at = ''): string {
  return `${at}translations.${locale}.${field}`
}

/** The keys of every translation's input, so that a complaint about one lands beside it (fieldErrors.ts). */
export function translationKeys(fields: TranslatedFields<string>, at = ''): string[] {
  return CONTENT_LOCALES.flatMap((locale) =>
    Object.keys(fields).map((field) => translationKey(locale, field, at)),
  )
}
