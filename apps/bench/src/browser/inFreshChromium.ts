import type { Browser } from 'playwright-core'
import { type MemoryPeaks, watchChromiumMemory } from './chromiumMemory'
import { launchChromium } from './launchChromium'

/** Runs `work` in a Chromium of its own, closed afterwards, and answers with what its processes held at most. */
export async function inFreshChromium<T>(
  work: (browser: Browser) => Promise<T>,
): Promise<{ result: T; peaks: MemoryPeaks }> {
  const chromium = await launchChromium()
  const memory = watchChromiumMemory(chromium.pid)
  const outcome = await work(chromium.browser).then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  )
  const peaks = await memory.stop()
  await chromium.close()
  if ('error' in outcome) throw outcome.error
  return { result: outcome.result, peaks }
}
