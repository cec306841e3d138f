import { describe, expect, it } from 'vitest'
import { percentile, spread } from './percentiles'

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i)
    expect(percentile(values, 50)).toBe(10)
    expect(spread(values)).toEqual({ p50: 10, p99: 20 })
    expect(percentile([7], 99)).toBe(7)
  })

  it('refuses no values', () => {
    expect(() => percentile([], 50)).toThrow()
  })
})
