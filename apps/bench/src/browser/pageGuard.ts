import type { Page } from 'playwright-core'

/** How a measurement ended early: figures to report, not failures of the run. */
export type Stop = 'crashed' | 'timed out'

/** The page stopped being measured: it crashed (at L the bare page is expected to run out of memory) or hung. */
export class PageStopped extends Error {
  readonly stop: Stop

  constructor(stop: Stop, what: string) {
    super(`${what}: the page ${stop === 'crashed' ? 'crashed' : 'gave no answer in time'}`)
    this.name = 'PageStopped'
    this.stop = stop
  }
}

/** What playwright says of a call into a page whose renderer has gone. */
const GONE = /Target crashed|Target page, context or browser has been closed|Page crashed/i

/** Steps of a measurement that give way to the page crashing, the run being aborted, or a deadline. */
export interface PageGuard {
  /** Settles as `work` does, or rejects with PageStopped or the signal's reason. */
  step<T>(what: string, timeoutMs: number, work: () => Promise<T>): Promise<T>
}

/** Watches `page` for a crash from now on. */
export function guardPage(page: Page, signal: AbortSignal): PageGuard {
  let crashed = false
  const crash = new Promise<never>((_, reject) =>
    page.once('crash', () => {
      crashed = true
      reject(new PageStopped('crashed', 'the page'))
    }),
  )
  // Nobody may be awaiting a step when the tab dies; the crash is read through `crashed` then.
  crash.catch(() => undefined)
  return {
    step: async (what, timeoutMs, work) => {
      signal.throwIfAborted()
      let timer: NodeJS.Timeout | undefined
      let onAbort = () => {}
      const stopped = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PageStopped('timed out', what)), timeoutMs)
        onAbort = () => reject(signal.reason)
        signal.addEventListener('abort', onAbort, { once: true })
      })
      try {
        return await Promise.race([work(), crash, stopped])
      } catch (error) {
        if (crashed || (error instanceof Error && GONE.test(error.message))) {
          throw new PageStopped('crashed', what)
        }
        throw error
      } finally {
        clearTimeout(timer)
        signal.removeEventListener('abort', onAbort)
      }
    },
  }
}
