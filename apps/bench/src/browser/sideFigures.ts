import type { FramesDrawn } from './framesDrawn'
import type { Stop } from './pageGuard'

/** What one side of the comparison (the bare page or the atlas) measured; null where it did not get that far. */
export interface SideFigures {
  /** From navigation to the first idle map with every link drawn. */
  firstIdleMs: number | null
  /** From turning one initiative off to the next idle map. */
  filterMs: number | null
  /** The WebGL frames drawn from turning the initiative off to the next idle map, and what each cost. */
  filterFrames: FramesDrawn | null
  rendererPeakMB: number
  gpuPeakMB: number
  /** Why the measurement ended early, if it did. */
  stop: Stop | null
  /** The first error the page reported, if any. */
  error: string | null
}
