import { describe, expect, it } from 'vitest'
import { en } from './en'
import { pickLocale } from './locales'
import { fill, t } from './translate'

describe('t', () => {
  it('fills placeholders and writes numbers the locale’s way', () => {
    expect(t('status.loadFailed', { message: 'Failed to fetch' })).toBe(
      'The atlas data could not be loaded: Failed to fetch',
    )
    expect(t('count.links', { count: 1234 })).toBe('1,234 links')
  })

  it('chooses the plural form by count', () => {
    expect(t('count.institutions', { count: 1 })).toBe('1 institution')
    expect(t('count.institutions', { count: 2 })).toBe('2 institutions')
    expect(t('count.institutions', { count: 0 })).toBe('0 institutions')
  })

  it('leaves a placeholder without a value visible rather than dropping it', () => {
    expect(t('details.announce')).toBe('Details: {name}')
  })

  it('falls back to the `other` form where a language has fewer forms', () => {
    const chinese = new Intl.PluralRules('zh-CN')
    expect(fill({ other: '{count} 所机构' }, { count: 1 }, chinese)).toBe('1 所机构')
  })

  it('uses the same placeholders in every plural form of a message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const message of Object.values(en)) {
      if (typeof message === 'string') continue
      const forms = Object.values(message)
      for (const form of forms) expect(placeholders(form)).toEqual(placeholders(forms[0] ?? ''))
    }
  })
})

describe('pickLocale', () => {
  it('picks the first language the interface speaks, and English otherwise', () => {
    expect(pickLocale(['en-US', 'de'])).toBe('en')
    expect(pickLocale(['de-DE'])).toBe('en')
    expect(pickLocale([])).toBe('en')
  })
})
