import type { BenchDataset } from '../generate/dataset'
import { serveFloor } from './floorServer'
import { type FramesDrawn, framesDuring } from './framesDrawn'
import { inFreshChromium } from './inFreshChromium'
import { guardPage, PageStopped, type Stop } from './pageGuard'
import type { SideFigures } from './sideFigures'
import { TIMEOUTS, VIEWPORT } from './viewport'

/** What floorPage.js puts on its window. */
interface FloorWindow {
  floor?: { firstIdleMs: number | null; error: string | null; dropInitiative(id: string): Promise<number> }
}

/**
 * The floor: a bare MapLibre page (floorPage.js) loading the data set as static GeoJSON in a fresh Chromium, to
 * its first idle, then hiding the arcs of `initiativeId` with a layer filter, to the next idle.
 */
export async function measureFloor(
  dataset: BenchDataset,
  initiativeId: string,
  signal: AbortSignal,
): Promise<SideFigures> {
  signal.throwIfAborted()
  const server = await serveFloor(dataset)
  try {
    const { result, peaks } = await inFreshChromium(async (browser) => {
      const figures = {
        firstIdleMs: null as number | null,
        filterMs: null as number | null,
        filterFrames: null as FramesDrawn | null,
        stop: null as Stop | null,
      }
      let error: string | null = null
      const page = await browser.newPage({ viewport: VIEWPORT })
      page.on('pageerror', (thrown) => {
        error ??= thrown.message
      })
      const guard = guardPage(page, signal)
      try {
        const state = await guard.step('the bare page', TIMEOUTS.firstIdleMs, async () => {
          await page.goto(server.url, { waitUntil: 'commit' })
          await page.waitForFunction(
            () => {
              const floor = (globalThis as FloorWindow).floor
              return floor && (floor.firstIdleMs !== null || floor.error !== null)
            },
            undefined,
            { polling: 250, timeout: 0 },
          )
          return page.evaluate(() => {
            const floor = (globalThis as FloorWindow).floor
            return { firstIdleMs: floor?.firstIdleMs ?? null, error: floor?.error ?? null }
          })
        })
        error ??= state.error
        figures.firstIdleMs = state.firstIdleMs
        if (figures.firstIdleMs !== null) {
          const { result, frames } = await guard.step('the bare page’s filter', TIMEOUTS.filterMs, () =>
            framesDuring(page, () =>
              page.evaluate(
                (id) => (globalThis as FloorWindow).floor?.dropInitiative(id) ?? null,
                initiativeId,
              ),
            ),
          )
          figures.filterMs = result
          figures.filterFrames = frames
        }
      } catch (thrown) {
        if (!(thrown instanceof PageStopped)) throw thrown
        figures.stop = thrown.stop
        error ??= thrown.message
      }
      return { ...figures, error }
    })
    return { ...result, rendererPeakMB: peaks.rendererMB, gpuPeakMB: peaks.gpuMB }
  } finally {
    await server.close()
  }
}
