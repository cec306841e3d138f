import type { MessageKey } from './en'
import { LOCALES, type LocaleId, pickLocale } from './locales'
import type { Message } from './messages'

const browserLanguages = typeof navigator === 'undefined' ? [] : navigator.languages

/** The interface language, chosen once from the browser's languages. */
export const localeId: LocaleId = pickLocale(browserLanguages)
/** The tag Intl formats dates, numbers and names with, and the page's `lang`. */
export const intlLocale: string = LOCALES[localeId].intl

const messages = LOCALES[localeId].messages
const pluralRules = new Intl.PluralRules(intlLocale)
const numberFormat = new Intl.NumberFormat(intlLocale)

export type MessageValues = Readonly<Record<string, string | number>>

/**
 * Looks up a message and fills its {placeholders}. Numbers are written the locale's way (pass years as strings
 * so that they are not grouped); a plural message picks its form by `count`.
 */
export function t(key: MessageKey, values: MessageValues = {}): string {
  return fill(messages[key], values)
}

export function fill(message: Message, values: MessageValues, rules: Intl.PluralRules = pluralRules): string {
  const text = typeof message === 'string' ? message : pickPlural(message, values.count, rules)
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name]
    if (value === undefined) return match
    return typeof value === 'number' ? numberFormat.format(value) : value
  })
}

function pickPlural(message: Exclude<Message, string>, count: unknown, rules: Intl.PluralRules): string {
  const form = typeof count === 'number' ? rules.select(count) : 'other'
  return message[form] ?? message.other
}
