/** Failures allowed against an account or an address before each further attempt must wait. */
export const FREE_FAILURES = 5
const MAX_WAIT_MS = 15 * 60 * 1000

/**
 * How long to wait before the next attempt, given the failures counted against a key: nothing for the first five,
 * then a doubling wait from two seconds up to fifteen minutes. Guessing slows to a crawl; a person who mistypes a
 * few times never notices.
 */
export function waitAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0
  return Math.min(MAX_WAIT_MS, 2000 * 2 ** (failures - FREE_FAILURES))
}

/** Milliseconds until the next attempt is allowed, over every key counted against it (0: now). */
export function remainingWait(
  failures: readonly { failures: number; lastFailedAt: Date }[],
  now: Date,
): number {
  return Math.max(0, ...failures.map((f) => f.lastFailedAt.getTime() + waitAfter(f.failures) - now.getTime()))
}
