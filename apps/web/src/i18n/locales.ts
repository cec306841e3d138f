import { en, type Messages } from './en'

/**
 * The languages the interface speaks: `intl` is the tag for Intl's dates, numbers, lists and names and the page's
 * `lang`; `name` is the language's own name, as the switcher lists it; `load` brings its messages (English is in
 * the main bundle, the others are fetched from the app's own files when chosen).
 */
export const LOCALES = {
  en: { intl: 'en-GB', name: 'English', load: async (): Promise<Messages> => en },
  zh: { intl: 'zh-CN', name: '简体中文', load: async () => (await import('./zh')).zh },
  es: { intl: 'es-ES', name: 'Español', load: async () => (await import('./es')).es },
  pl: { intl: 'pl-PL', name: 'Polski', load: async () => (await import('./pl')).pl },
} as const satisfies Record<string, { intl: string; name: string; load: () => Promise<Messages> }>

export type LocaleId = keyof typeof LOCALES

export const LOCALE_IDS = Object.keys(LOCALES) as LocaleId[]

export const DEFAULT_LOCALE: LocaleId = 'en'

/** The URL parameter that names the interface language (`?lang=pl`), so that a shared link opens in it. */
export const LANG_PARAM = 'lang'

export function isLocaleId(value: string): value is LocaleId {
  return Object.hasOwn(LOCALES, value)
}

/** The first of the person's languages that the interface speaks, by language ("en-US" picks "en"). */
export function pickLocale(languages: readonly string[]): LocaleId {
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0] ?? ''
    if (isLocaleId(base)) return base
  }
  return DEFAULT_LOCALE
}

/** The language a page opens in: the URL's `lang` when the interface speaks it, else the browser's languages. */
export function chooseLocale(search: string, languages: readonly string[]): LocaleId {
  const named = new URLSearchParams(search).get(LANG_PARAM)
  return pickLocale(named ? [named, ...languages] : languages)
}
