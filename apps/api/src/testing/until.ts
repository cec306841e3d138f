import { setTimeout as sleep } from 'node:timers/promises'

/** Polls until `condition` holds; false if it never did within `timeoutMs`. */
export async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) return false
    await sleep(25)
  }
  return true
}
