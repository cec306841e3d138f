import { describe, expect, it } from 'vitest'
import { remainingWait, waitAfter } from './throttle'

describe('the sign-in slowdown', () => {
  it('lets five failures pass, then doubles the wait up to fifteen minutes', () => {
    expect([0, 4, 5, 6, 7, 30].map(waitAfter)).toEqual([0, 0, 2000, 4000, 8000, 15 * 60 * 1000])
  })

  it('waits for the slowest of the account and the address', () => {
    const now = new Date('2026-12-01T10:00:10Z')
    const lastFailedAt = new Date('2026-12-01T10:00:00Z')
    expect(remainingWait([], now)).toBe(0)
    expect(
      remainingWait(
        [
          { failures: 5, lastFailedAt },
          { failures: 10, lastFailedAt },
        ],
        now,
      ),
    ).toBe(64_000 - 10_000)
  })
})
