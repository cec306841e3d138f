import type { TourStop } from '@atlas/schema'
import { sameView } from '../map/view'
import { type Box, type Framing, frameView, freePadding, type Size } from './frame'
import { type SubjectData, stopSubjectPoints } from './stopSubjects'
import { stopToView } from './stopToView'

/**
 * How a stop shows on a screen: what it is about framed in what the covers leave free, its zoom no closer than its
 * view's. A pinned stop, or one shown before the data is there or with nothing to frame, shows its view as written,
 * centred in the largest free part.
 */
export function stopFraming(
  stop: TourStop,
  subjects: SubjectData | null,
  screen: Size,
  covers: readonly Box[],
): Framing {
  const { filter, selection, view } = stopToView(stop)
  const points =
    stop.pinned || !subjects ? [] : stopSubjectPoints({ filter, selection, focus: stop.focus }, subjects)
  // Room for the dots and the arcs' ends, more on a large screen, where they are drawn larger.
  const margin = Math.max(24, Math.round(0.04 * Math.min(screen.width, screen.height)))
  return (
    frameView(points, screen, covers, { maxZoom: view.zoom, margin }) ?? {
      view,
      padding: freePadding(screen, covers),
    }
  )
}

/** Whether two framings show the same, to within the URL's rounding and a pixel. */
export function sameFraming(a: Framing, b: Framing): boolean {
  const sides = ['top', 'right', 'bottom', 'left'] as const
  return sameView(a.view, b.view) && sides.every((side) => Math.abs(a.padding[side] - b.padding[side]) < 1)
}
