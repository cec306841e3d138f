import { COUNTRY_CODES, type CountryCode } from '@atlas/schema'
import { countryName } from '../i18n/format'
import { intlLocale } from '../i18n/translate'

let options: { value: CountryCode; label: string }[] | undefined

/** Every country an institution may be stated in, named in the interface language and sorted by that name. */
export function countryOptions(): readonly { value: CountryCode; label: string }[] {
  options ??= COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code)} (${code})` })).sort(
    (a, b) => a.label.localeCompare(b.label, intlLocale),
  )
  return options
}
