import { describe, expect, it } from 'vitest'
import { en, type MessageKey, type Messages } from './en'
import { es } from './es'
import { LOCALES, type LocaleId } from './locales'
import { messageShape } from './messageShape'
import { pl } from './pl'
import { zh } from './zh'

const TRANSLATIONS: Record<Exclude<LocaleId, 'en'>, Messages> = { zh, es, pl }

/**
 * Messages a language may write exactly as English does: names and abbreviations that every one of these
 * languages keeps as they are.
 */
const SAME_IN_EVERY_LANGUAGE = new Set<MessageKey>(['app.title'])
const SAME_AS_ENGLISH: Record<Exclude<LocaleId, 'en'>, ReadonlySet<MessageKey>> = {
  zh: new Set(),
  es: new Set(['role.editor']),
  pl: new Set(),
}

/** Whether a message has words of its own, beyond placeholders, numbers and punctuation. */
const hasWords = (message: string) => /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ''))

const keys = Object.keys(en) as MessageKey[]

describe.each(Object.entries(TRANSLATIONS) as [Exclude<LocaleId, 'en'>, Messages][])('%s', (id, messages) => {
  const intl = LOCALES[id].intl
  const forms = new Intl.PluralRules(intl).resolvedOptions().pluralCategories

  it('has every message English has, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual([...keys].sort())
  })

  it.each(keys)('%s: parses, with English’s placeholders and this language’s plural forms', (key) => {
    const english = messageShape(en[key], LOCALES.en.intl)
    const shape = messageShape(messages[key], intl)
    expect([...shape.placeholders].sort()).toEqual([...english.placeholders].sort())
    for (const plural of shape.plurals) expect(plural.forms).toEqual(expect.arrayContaining(forms))
  })

  it('leaves no message in English', () => {
    const untranslated = keys.filter(
      (key) =>
        messages[key] === en[key] &&
        hasWords(en[key]) &&
        !SAME_IN_EVERY_LANGUAGE.has(key) &&
        !SAME_AS_ENGLISH[id].has(key),
    )
    expect(untranslated).toEqual([])
  })
})
