import type { Position } from '@atlas/geo'
import type { TourStop } from '@atlas/schema'
import { sameInsets, sameView } from '../map/view'
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
  return fitStop(stop, stopPoints(stop, subjects), screen, covers)
}

/** The points a stop frames (none for a pinned stop or before the data is there); they do not depend on the screen. */
export function stopPoints(stop: TourStop, subjects: SubjectData | null): Position[] {
  if (stop.pinned || !subjects) return []
  const { filter, selection } = stopToView(stop)
  return stopSubjectPoints({ filter, selection, focus: stop.focus }, subjects)
}

/** A stop's points (stopPoints) framed on a screen, as stopFraming does. */
export function fitStop(
  stop: TourStop,
  points: readonly Position[],
  screen: Size,
  covers: readonly Box[],
): Framing {
  const { view } = stopToView(stop)
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
  return sameView(a.view, b.view) && sameInsets(a.padding, b.padding)
}
