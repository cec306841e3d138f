import type { CountryCode } from '@atlas/schema'
import type { LocaleId } from './locales'
import { localeId } from './translate'

/** A name and the language it is written in (a BCP 47 tag, for the `lang` attribute), or null when not known. */
export interface Named {
  text: string
  lang: string | null
}

interface HasNames {
  name: string
  nativeName: string | null
  country: CountryCode
}

/** The language of each country's own names, for the countries whose institutions the atlas names natively. */
const COUNTRY_LANGUAGES: Partial<Record<CountryCode, string>> = {
  CN: 'zh',
  TW: 'zh',
  HK: 'zh',
  MO: 'zh',
  PL: 'pl',
  ES: 'es',
  MX: 'es',
  AR: 'es',
  CL: 'es',
  CO: 'es',
  PE: 'es',
}

const HAN = /\p{Script=Han}/u

/**
 * The language an institution's own name is written in: Chinese for a name in Han characters, otherwise its
 * country's language; null when neither says.
 */
export function nativeLanguage({ nativeName, country }: HasNames): string | null {
  if (!nativeName) return null
  if (HAN.test(nativeName)) return 'zh'
  return COUNTRY_LANGUAGES[country] ?? null
}

/**
 * An institution's names for a reader of `locale` (the interface language unless told): first its own name when that is in the reader's language
 * (北京工业大学 for Chinese, Politechnika Łódzka for Polish), otherwise its English name; then the other one, if
 * it has one that differs.
 */
export function institutionNames(
  institution: HasNames,
  locale: LocaleId = localeId,
): { name: Named; other: Named | null } {
  const english: Named = { text: institution.name, lang: 'en' }
  const native = institution.nativeName
  if (!native || native === institution.name) return { name: english, other: null }
  const own: Named = { text: native, lang: nativeLanguage(institution) }
  return own.lang === locale ? { name: own, other: english } : { name: english, other: own }
}
