import type { AtlasView } from './atlasView'
import {
  decodeUrlState,
  encodeAtlasView,
  replaceAtlasParams,
  type TourLocation,
  type UrlState,
  withTourLocation,
} from './urlState'

/**
 * Deliberate changes (filters, selection, theme, starting a tour) push a history entry so Back undoes them; map
 * moves, the steps of a running animation and a tour's stops replace the current one.
 */
export type HistoryMode = 'push' | 'replace'

export interface UpdateOptions {
  history?: HistoryMode
  /** Pushes with the same key less than a second apart share one entry, so dragging a slider is one step back. */
  coalesce?: string
}

export type AtlasViewPatch = Partial<AtlasView> | ((atlas: AtlasView) => Partial<AtlasView>)

/** The parts of `window` the store uses, so that tests can hand it a stand-in. */
export interface UrlWindow {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string }
  readonly history: {
    pushState(data: null, unused: string, url: string): void
    replaceState(data: null, unused: string, url: string): void
  }
  addEventListener(type: 'popstate', listener: () => void): void
  removeEventListener(type: 'popstate', listener: () => void): void
}

export interface UrlStore {
  get(): UrlState
  subscribe(listener: () => void): () => void
  /** Changes the atlas view. */
  update(patch: AtlasViewPatch, options?: UpdateOptions): void
  /** Starts a tour with a new history entry, so that Back leaves it. */
  startTour(tourId: string, options: { kiosk: boolean }): void
  /** Keeps `&stop=` in step with the stop shown, without new history entries; a kiosk's URL stays as opened. */
  showStop(stopIndex: number): void
  /** Leaves the tour, keeping the view its last stop showed. */
  endTour(): void
}

const COALESCE_MS = 1000

/**
 * Holds the page's UrlState in its URL, the one place that writes it: reads it from there, writes every change
 * back (urlState.ts says how), and follows Back/Forward.
 */
export function createUrlStore(win: UrlWindow, defaults: AtlasView, now: () => number = Date.now): UrlStore {
  let current = decodeUrlState(win.location.search, defaults)
  let lastPush: { key: string; at: number } | null = null
  const listeners = new Set<() => void>()
  const emit = () => {
    for (const listener of listeners) listener()
  }
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`
  const atlasSearch = (atlas: AtlasView) =>
    replaceAtlasParams(win.location.search, encodeAtlasView(atlas, defaults))

  const write = (next: UrlState, search: string, { history = 'push', coalesce }: UpdateOptions) => {
    if (search !== win.location.search) {
      const at = now()
      const joins = coalesce !== undefined && lastPush?.key === coalesce && at - lastPush.at < COALESCE_MS
      if (history === 'push' && !joins) win.history.pushState(null, '', urlFor(search))
      else win.history.replaceState(null, '', urlFor(search))
      if (history === 'push') lastPush = { key: coalesce ?? '', at }
    }
    current = next
    emit()
  }
  const writeTour = (tour: TourLocation | null, history: HistoryMode) =>
    write({ ...current, tour }, withTourLocation(win.location.search, tour), { history })

  // A hand-edited or outdated link is rewritten to what it was read as.
  const canonical = atlasSearch(current.atlas)
  if (canonical !== win.location.search) win.history.replaceState(null, '', urlFor(canonical))

  const onPopState = () => {
    current = decodeUrlState(win.location.search, defaults)
    lastPush = null
    emit()
  }

  return {
    get: () => current,
    subscribe(listener) {
      if (listeners.size === 0) win.addEventListener('popstate', onPopState)
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) win.removeEventListener('popstate', onPopState)
      }
    },
    update(patch, options = {}) {
      const atlas = { ...current.atlas, ...(typeof patch === 'function' ? patch(current.atlas) : patch) }
      write({ ...current, atlas }, atlasSearch(atlas), options)
    },
    startTour: (tourId, { kiosk }) => writeTour({ tourId, stopIndex: 0, kiosk, timing: {} }, 'push'),
    showStop(stopIndex) {
      const { tour } = current
      if (tour && !tour.kiosk && tour.stopIndex !== stopIndex) writeTour({ ...tour, stopIndex }, 'replace')
    },
    endTour: () => writeTour(null, 'replace'),
  }
}
