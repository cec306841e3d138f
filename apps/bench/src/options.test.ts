import { describe, expect, it } from 'vitest'
import { readOptions } from './options'

describe('readOptions', () => {
  it('runs every size into results.md by default', () => {
    const options = readOptions([], {})
    expect(options.sizes).toEqual(['S', 'M', 'L'])
    expect(options.times).toBeUndefined()
    expect(options.out).toMatch(/apps\/bench\/results\.md$/)
    expect(options.adminUrl).toBe('postgres://postgres@127.0.0.1:5432/test')
  })

  it('reads sizes and the output, either form of flag', () => {
    expect(
      readOptions(['--sizes', 's,M', '--times=3', '--out', '/tmp/r.md'], {
        BENCH_DATABASE_URL: 'postgres://x/y',
      }),
    ).toStrictEqual({
      sizes: ['S', 'M'],
      out: '/tmp/r.md',
      times: 3,
      adminUrl: 'postgres://x/y',
      webDist: expect.stringMatching(/apps\/web\/dist$/),
    })
  })

  it('refuses an unknown size or option, and a number of requests that is not one', () => {
    expect(() => readOptions(['--sizes', 'XL'], {})).toThrow(/--sizes/)
    for (const times of ['0', '2.5', '-1', 'many']) {
      expect(() => readOptions([`--times=${times}`], {})).toThrow(/--times/)
    }
    expect(() => readOptions(['--fast'], {})).toThrow()
  })
})
