import { idSchema } from '@atlas/schema'
import { setSearchParams } from '../share/searchParams'

/**
 * A tour in the URL, beside the atlas view's own parameters:
 *
 *   ?tour=sino-polish-consortium   the tour being presented
 *   &stop=3                        its stop, counted from 1 as the audience sees it (absent: the first)
 *   &kiosk=1                       plays by itself and loops (absent: presenting)
 */
export interface TourLocation {
  tourId: string
  /** Counted from 0. */
  stopIndex: number
  kiosk: boolean
}

/** The parameters this file owns, which the atlas view's URL state must leave alone. */
export const TOUR_PARAMS = ['tour', 'stop', 'kiosk'] as const

/** The tour a URL opens, or null. Never throws: a stop or kiosk flag that does not parse takes its default. */
export function parseTourLocation(search: string): TourLocation | null {
  const params = new URLSearchParams(search)
  const tourId = idSchema.safeParse(params.get('tour')?.trim()).data
  if (tourId === undefined) return null
  const stop = Number(params.get('stop') ?? '1')
  const kiosk = params.get('kiosk')?.trim().toLowerCase()
  return {
    tourId,
    stopIndex: Number.isInteger(stop) && stop >= 1 ? stop - 1 : 0,
    kiosk: kiosk === '' || kiosk === '1' || kiosk === 'true' || kiosk === 'yes',
  }
}

/** The search part with the tour set (or removed, for null), keeping every other parameter as written. */
export function withTourLocation(search: string, location: TourLocation | null): string {
  return setSearchParams(search, {
    tour: location?.tourId ?? null,
    stop: location && location.stopIndex > 0 ? String(location.stopIndex + 1) : null,
    kiosk: location?.kiosk ? '1' : null,
  })
}
