import { useMemo, useSyncExternalStore } from 'react'
import type { AtlasView, Theme } from './atlasView'
import { defaultAtlasView } from './defaultAtlasView'
import type { TourLocation } from './urlState'
import { createUrlStore, type UrlStore } from './urlStore'

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

let store: UrlStore | undefined

/** The store of this page's URL, made when first asked for. */
function theStore(): UrlStore {
  store ??= createUrlStore(window, defaultAtlasView(systemTheme()))
  return store
}

/** The AtlasView of this page, kept in its URL, and the function that changes it. */
export function useAtlasView(): { atlas: AtlasView; update: UrlStore['update'] } {
  const urlStore = theStore()
  const atlas = useSyncExternalStore(urlStore.subscribe, () => urlStore.get().atlas)
  return { atlas, update: urlStore.update }
}

export interface TourLocationControls extends Pick<UrlStore, 'startTour' | 'showStop' | 'endTour'> {
  /** The tour the URL presents, or null. */
  tour: TourLocation | null
}

/** The tour in this page's URL, following Back and Forward, and the ways to change it. */
export function useTourLocation(): TourLocationControls {
  const urlStore = theStore()
  const tour = useSyncExternalStore(urlStore.subscribe, () => urlStore.get().tour)
  return useMemo(
    () => ({ tour, startTour: urlStore.startTour, showStop: urlStore.showStop, endTour: urlStore.endTour }),
    [tour, urlStore],
  )
}
