import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { describeIssues } from './issues'
import { freeTextSchema } from './text'

const problems = (q: unknown) => {
  const result = z.object({ q: freeTextSchema(20) }).safeParse({ q })
  return result.success ? '' : describeIssues(result.error.issues)
}

describe('freeTextSchema', () => {
  it('accepts any Unicode text, including characters outside the BMP and SQL-ish text', () => {
    for (const text of ['', 'Łódź', '北京航空', '🇵🇱 🎓', "'; drop table x; --", '100%_\\', '\u0001\t\n']) {
      expect(problems(text)).toBe('')
    }
  })

  it('refuses a NUL character anywhere, naming the field', () => {
    expect(problems('\u0000')).toBe('q: must not contain a NUL character')
    expect(problems('Lodz\u0000')).toBe('q: must not contain a NUL character')
  })

  it('refuses a lone high or low surrogate, and a pair in the wrong order', () => {
    for (const text of ['\uD800', 'a\uDFFFb', '\uDC00\uD800', '🎓'.slice(0, 1)]) {
      expect(problems(text)).toMatch(/^q: must not contain an unpaired UTF-16 surrogate/)
    }
  })

  it('refuses text over the limit, naming the limit', () => {
    expect(problems('x'.repeat(21))).toBe('q: must be at most 20 characters')
  })
})
