import { IntlMessageFormat } from 'intl-messageformat'
import { en, type MessageKey, type Messages } from './en'
import { chooseLocale, LOCALES, type LocaleId } from './locales'
import { messageShape } from './messageShape'

const page = typeof window === 'undefined' ? null : window

/** The interface language, chosen once as the page opens: the URL's `lang`, else the browser's languages. */
export const localeId: LocaleId = chooseLocale(page?.location.search ?? '', page?.navigator.languages ?? [])
/** The tag Intl formats dates, numbers and names with, and the page's `lang`. */
export const intlLocale: string = LOCALES[localeId].intl

let messages: Messages = en
/** Each message parsed once, with the arguments its plurals choose by (which must stay numbers). */
const formats = new Map<MessageKey, { format: IntlMessageFormat; counted: Set<string> }>()
const numberFormat = new Intl.NumberFormat(intlLocale)

/** Brings the interface language's messages; until it has, t() speaks English. Called once before the first render. */
export async function loadMessages(): Promise<void> {
  messages = await LOCALES[localeId].load()
  formats.clear()
}

export type MessageValues = Readonly<Record<string, string | number>>

/**
 * A message in the interface language with its placeholders filled: numbers the language's way (pass years as
 * strings so that they are not grouped), plural forms by the language's rules. A value the message needs and was
 * not given leaves the message's own text visible rather than failing the page.
 */
export function t(key: MessageKey, values: MessageValues = {}): string {
  let parsed = formats.get(key)
  if (!parsed) {
    const counted = new Set(messageShape(messages[key], intlLocale).plurals.map(({ argument }) => argument))
    parsed = { format: new IntlMessageFormat(messages[key], intlLocale), counted }
    formats.set(key, parsed)
  }
  // intl-messageformat writes a plain {placeholder}'s number as it is ("1234"): written here the locale's way.
  const written: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(values)) {
    written[name] =
      typeof value === 'number' && !parsed.counted.has(name) ? numberFormat.format(value) : value
  }
  try {
    return String(parsed.format.format(written))
  } catch {
    return messages[key]
  }
}
