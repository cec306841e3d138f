import { useMemo, useSyncExternalStore } from 'react'
import { parseTourLocation, type TourLocation, withTourLocation } from './tourUrl'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

const currentSearch = () => window.location.search

function navigate(location: TourLocation | null, history: 'push' | 'replace'): void {
  const { pathname, search, hash } = window.location
  const url = `${pathname}${withTourLocation(search, location)}${hash}`
  if (history === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  for (const listener of listeners) listener()
}

export interface TourLocationControls {
  /** The tour the URL presents, or null. */
  tour: TourLocation | null
  /** Starts a tour with a new history entry, so that Back leaves it. */
  start(tourId: string, options: { kiosk: boolean }): void
  /** Keeps `&stop=` in step with the stop shown, without new history entries; a kiosk's URL stays as opened. */
  showStop(stopIndex: number): void
  /** Leaves the tour, keeping the view its last stop showed. */
  end(): void
}

/** The tour in the page's URL (tourUrl.ts), following Back and Forward, and the ways to change it. */
export function useTourLocation(): TourLocationControls {
  const search = useSyncExternalStore(subscribe, currentSearch)
  const tour = useMemo(() => parseTourLocation(search), [search])
  return useMemo(
    () => ({
      tour,
      start: (tourId, { kiosk }) => navigate({ tourId, stopIndex: 0, kiosk, timing: {} }, 'push'),
      showStop: (stopIndex) => {
        if (tour && !tour.kiosk && tour.stopIndex !== stopIndex) navigate({ ...tour, stopIndex }, 'replace')
      },
      end: () => navigate(null, 'replace'),
    }),
    [tour],
  )
}
