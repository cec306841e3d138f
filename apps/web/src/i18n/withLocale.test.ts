import { describe, expect, it } from 'vitest'
import { withLocale } from './withLocale'

describe('withLocale', () => {
  it('sets lang and keeps the view’s parameters as written', () => {
    expect(withLocale('http://atlas.example/?i=a,b&sel=i:x&lang=en', 'pl')).toBe(
      'http://atlas.example/?i=a,b&sel=i:x&lang=pl',
    )
    expect(withLocale('http://atlas.example/', 'zh')).toBe('http://atlas.example/?lang=zh')
  })
})
