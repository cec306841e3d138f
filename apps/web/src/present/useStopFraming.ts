import type { Position } from '@atlas/geo'
import type { TourStop } from '@atlas/schema'
import { useEffect, useEffectEvent, useRef } from 'react'
import type { Framing } from './frame'
import { fitStop, sameFraming, stopPoints } from './stopFraming'
import type { SubjectData } from './stopSubjects'
import { useScreenCovers } from './useScreenCovers'

/**
 * Frames stops on the screen they are shown on (stopFraming.ts). `frame` gives a stop's framing as the screen is now;
 * when the screen or its covers change size, or the data arrives, the stop on screen is framed anew and, if that
 * shows anything else, handed to `onReframe`. Returns the refs to put on the presentation, its caption and controls.
 */
export function useStopFraming(
  shown: TourStop | undefined,
  subjects: SubjectData | null,
  onReframe: (framing: Framing) => void,
) {
  const last = useRef<Framing | null>(null)
  // The last stop's points, kept so that a resize only refits them rather than filtering the data again.
  const points = useRef<{ stop: TourStop; subjects: SubjectData | null; points: Position[] } | null>(null)
  const { region, caption, controls, measure } = useScreenCovers(() => reframe())

  const frame = (stop: TourStop): Framing => {
    const { screen, covers } = measure()
    if (points.current?.stop !== stop || points.current.subjects !== subjects) {
      points.current = { stop, subjects, points: stopPoints(stop, subjects) }
    }
    last.current = fitStop(stop, points.current.points, screen, covers)
    return last.current
  }

  const reframe = useEffectEvent(() => {
    const before = last.current
    if (!shown || !before) return
    const framing = frame(shown)
    if (!sameFraming(before, framing)) onReframe(framing)
  })
  useEffect(() => reframe(), [subjects])

  return { region, caption, controls, frame }
}
