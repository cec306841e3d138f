import { en, type Messages } from './en'

/** The languages the interface speaks. `intl` is the tag for Intl's dates, numbers and names. */
export const LOCALES = {
  en: { messages: en, intl: 'en-GB' },
} as const satisfies Record<string, { messages: Messages; intl: string }>

export type LocaleId = keyof typeof LOCALES

export const DEFAULT_LOCALE: LocaleId = 'en'

/** The first of the person's languages that the interface speaks, by language ("en-US" picks "en"). */
export function pickLocale(languages: readonly string[]): LocaleId {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0] ?? ''
    if (Object.hasOwn(LOCALES, base)) return base as LocaleId
  }
  return DEFAULT_LOCALE
}
