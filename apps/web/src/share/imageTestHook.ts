import { TEST_HOOKS } from '../testHooks'
import type { ImageReport } from './imageReport'

/** Keeps what an export drew where the end-to-end tests read it; a production build drops this altogether. */
export function reportImageForTests(report: ImageReport): void {
  if (TEST_HOOKS) window.__atlasImage = report
}
