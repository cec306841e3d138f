import { idSchema } from '@atlas/schema'
import { setSearchParams } from '../state/searchParams'
import type { TourTiming } from './tourPlayer'

/**
 * A tour in the URL, beside the atlas view's own parameters:
 *
 *   ?tour=sino-polish-consortium   the tour being presented
 *   &stop=3                        its stop, counted from 1 as the audience sees it (absent: the first)
 *   &kiosk=1                       plays by itself and loops (absent: presenting)
 *   &dwell=20                      a kiosk's seconds on each stop (absent: tourPlayer's default)
 *   &idle=60                       seconds a kiosk waits after the last touch before it goes on (absent: default)
 */
export interface TourLocation {
  tourId: string
  /** Counted from 0. */
  stopIndex: number
  kiosk: boolean
  /** What the URL sets of a kiosk's timing, in milliseconds; the rest is the player's default. */
  timing: Partial<TourTiming>
}

/** The parameters this file owns, which the atlas view's URL state must leave alone. */
export const TOUR_PARAMS = ['tour', 'stop', 'kiosk', 'dwell', 'idle'] as const

/** Seconds a booth can set: from a quick test of the loop to a stop a visitor reads at leisure. */
export const TIMING_SECONDS = { dwell: { min: 2, max: 600 }, idle: { min: 2, max: 3600 } } as const

/** The tour a URL opens, or null. Never throws: a stop or kiosk flag that does not parse takes its default. */
export function parseTourLocation(search: string): TourLocation | null {
  const params = new URLSearchParams(search)
  const tourId = idSchema.safeParse(params.get('tour')?.trim()).data
  if (tourId === undefined) return null
  const stop = Number(params.get('stop') ?? '1')
  const kiosk = params.get('kiosk')?.trim().toLowerCase()
  const dwellMs = milliseconds(params.get('dwell'), TIMING_SECONDS.dwell)
  const idleMs = milliseconds(params.get('idle'), TIMING_SECONDS.idle)
  return {
    tourId,
    stopIndex: Number.isInteger(stop) && stop >= 1 ? stop - 1 : 0,
    kiosk: kiosk === '' || kiosk === '1' || kiosk === 'true' || kiosk === 'yes',
    timing: {
      ...(dwellMs !== undefined && { dwellMs }),
      ...(idleMs !== undefined && { idleMs }),
    },
  }
}

/** Seconds as written, brought within bounds, in milliseconds; undefined when absent or not a number. */
function milliseconds(raw: string | null, bounds: { min: number; max: number }): number | undefined {
  if (raw === null || raw.trim() === '') return undefined
  const seconds = Number(raw)
  if (!Number.isFinite(seconds)) return undefined
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, seconds)) * 1000)
}

/** The search part with the tour set (or removed, for null), keeping every other parameter as written. */
export function withTourLocation(search: string, location: TourLocation | null): string {
  return setSearchParams(search, {
    tour: location?.tourId ?? null,
    stop: location && location.stopIndex > 0 ? String(location.stopIndex + 1) : null,
    kiosk: location?.kiosk ? '1' : null,
    dwell: seconds(location?.timing.dwellMs),
    idle: seconds(location?.timing.idleMs),
  })
}

function seconds(ms: number | undefined): string | null {
  return ms === undefined ? null : String(ms / 1000)
}
