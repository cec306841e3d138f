import { describe, expect, it } from 'vitest'
import { chooseLocale, pickLocale } from './locales'
import { t } from './translate'

describe('t', () => {
  it('fills placeholders and writes numbers the locale’s way', () => {
    expect(t('status.loadFailed', { message: 'Failed to fetch' })).toBe(
      'The atlas data could not be loaded: Failed to fetch',
    )
    expect(t('count.links', { count: 1234 })).toBe('1,234 links')
    expect(t('map.drawn.largest', { count: 2, links: 12345 })).toBe(
      'The 2 largest flows are drawn, with 12,345 links; zoom in for the rest.',
    )
  })

  it('chooses the plural form by count', () => {
    expect(t('count.institutions', { count: 1 })).toBe('1 institution')
    expect(t('count.institutions', { count: 2 })).toBe('2 institutions')
    expect(t('count.institutions', { count: 0 })).toBe('0 institutions')
  })

  it('leaves a placeholder without a value visible rather than failing', () => {
    expect(t('details.announce')).toBe('Details: {name}')
  })
})

describe('pickLocale', () => {
  it('picks the first language the interface speaks, and English otherwise', () => {
    expect(pickLocale(['en-US', 'de'])).toBe('en')
    expect(pickLocale(['de-DE', 'pl-PL', 'en'])).toBe('pl')
    expect(pickLocale(['zh-Hans-CN'])).toBe('zh')
    expect(pickLocale(['de-DE'])).toBe('en')
    expect(pickLocale([])).toBe('en')
  })
})

describe('chooseLocale', () => {
  it('takes the URL’s lang first, then the browser’s languages', () => {
    expect(chooseLocale('?lang=pl&v=1,2,3', ['es-ES'])).toBe('pl')
    expect(chooseLocale('?lang=ES', ['en'])).toBe('es')
    expect(chooseLocale('?lang=xx', ['zh-CN'])).toBe('zh')
    expect(chooseLocale('', ['es-MX', 'en'])).toBe('es')
  })
})
