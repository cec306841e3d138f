import type { Page } from 'playwright-core'
import { percentile } from '../api/percentiles'

/** The WebGL frames a page drew while something ran: how many, and what a frame cost (the median, nearest rank). */
export interface FramesDrawn {
  count: number
  medianMs: number | null
}

/** One event of Chromium's trace, as far as this reads it. */
export interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  args?: { name?: string }
}

/**
 * Headless Chromium reads back each WebGL frame it composites (`GLES2::ReadPixels` on the page's main thread),
 * and the read waits until the software rasteriser has drawn the frame: one read is one frame drawn, its length
 * what the frame cost this machine. Traced with Chromium's `gpu` category only, which costs next to nothing.
 */
const FRAME_EVENT = 'GLES2::ReadPixels'
const MAIN_THREAD = 'CrRendererMain'

/** Runs `action` with `page` traced, and answers with its result and the WebGL frames drawn meanwhile. */
export async function framesDuring<T>(
  page: Page,
  action: () => Promise<T>,
): Promise<{ result: T; frames: FramesDrawn }> {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  // The protocol types trace events as loose records; these are Chromium's trace event format.
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', { categories: 'gpu', transferMode: 'ReportEvents' })
  try {
    const result = await action()
    await cdp.send('Tracing.end')
    await complete
    return { result, frames: framesIn(events) }
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}

/** The frames in a trace: its reads back on a page's main thread. */
export function framesIn(events: readonly TraceEvent[]): FramesDrawn {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === MAIN_THREAD)
      .map((event) => `${event.pid}:${event.tid}`),
  )
  const lengths = events
    .filter(
      (event) =>
        event.name === FRAME_EVENT && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`),
    )
    .map((event) => (event.dur ?? 0) / 1000)
  return { count: lengths.length, medianMs: lengths.length === 0 ? null : percentile(lengths, 50) }
}
