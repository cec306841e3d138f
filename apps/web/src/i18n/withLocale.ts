import { setSearchParams } from '../state/searchParams'
import { LANG_PARAM, type LocaleId } from './locales'

/** A page URL that opens in a language: its `lang` parameter set, every other one kept as written. */
export function withLocale(url: string, locale: LocaleId): string {
  const page = new URL(url)
  page.search = setSearchParams(page.search, { [LANG_PARAM]: locale })
  return page.href
}
