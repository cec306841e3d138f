import { describe, expect, it } from 'vitest'
import { readOptions } from './options'

describe('readOptions', () => {
  it('runs every size into results.md by default', () => {
    const options = readOptions([], {})
    expect(options.sizes).toEqual(['S', 'M', 'L'])
    expect(options.out).toMatch(/apps\/bench\/results\.md$/)
    expect(options.adminUrl).toBe('postgres://postgres@127.0.0.1:5432/test')
  })

  it('reads sizes and the output, either form of flag', () => {
    expect(
      readOptions(['--sizes', 's,M', '--out=/tmp/r.md'], { BENCH_DATABASE_URL: 'postgres://x/y' }),
    ).toEqual({
      sizes: ['S', 'M'],
      out: '/tmp/r.md',
      adminUrl: 'postgres://x/y',
      webDist: expect.stringMatching(/apps\/web\/dist$/),
    })
  })

  it('refuses an unknown size or option', () => {
    expect(() => readOptions(['--sizes', 'XL'], {})).toThrow(/--sizes/)
    expect(() => readOptions(['--fast'], {})).toThrow()
  })
})
