import type { ExportStep } from './exportProgress'
import type { Rect } from './imageLayout'

/**
 * What the last exported image drew, in image pixels, for the end-to-end tests to check against its pixels: a
 * test build puts it at `window.__atlasImage` (imageTestHook.ts). Types alone, so that the tests can import them.
 */
export interface ImageReport {
  width: number
  height: number
  title: string
  /** The title's, the legend's and the source line's boxes. */
  blocks: Rect[]
  /** The institutions named, and where. */
  labels: { name: string; box: Rect }[]
  /** Milliseconds each step took. */
  steps: Partial<Record<ExportStep, number>>
}

declare global {
  interface Window {
    __atlasImage?: ImageReport
  }
}
