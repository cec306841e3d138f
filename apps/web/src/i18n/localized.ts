import type { Translations } from '@atlas/schema'
import type { Named } from './institutionName'
import type { LocaleId } from './locales'
import { localeId } from './translate'

/** A record whose English fields may carry translations (packages/schema translations.ts). */
type Translatable<Field extends string> = Record<Field, string> & { translations?: Translations<Field> }

/** The language content is written in when no translation says otherwise. */
export const ORIGINAL_LANGUAGE = 'en'

/**
 * A field of a record in the reader's language (the interface language unless told): its translation where it has
 * one, otherwise the English original, marked as English so that a page in another language says so.
 */
export function localized<Field extends string>(
  record: Translatable<Field>,
  field: Field,
  locale: LocaleId = localeId,
): Named {
  const translated = locale === ORIGINAL_LANGUAGE ? undefined : record.translations?.[locale]?.[field]
  return translated ? { text: translated, lang: locale } : { text: record[field], lang: ORIGINAL_LANGUAGE }
}

/** The text alone of `localized`, where a string is all there is room for (a label, a title, a sort key). */
export function localText<Field extends string>(record: Translatable<Field>, field: Field): string {
  return localized(record, field).text
}
