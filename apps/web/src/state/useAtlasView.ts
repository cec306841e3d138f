import { useSyncExternalStore } from 'react'
import type { AtlasView, Theme } from './atlasView'
import { defaultAtlasView } from './defaultAtlasView'
import { decodeAtlasView, encodeAtlasView, replaceAtlasParams } from './urlState'

/**
 * Deliberate changes (filters, selection, theme) push a history entry so Back undoes them; map moves and the steps
 * of a running animation replace the current one.
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

export interface AtlasViewStore {
  get(): AtlasView
  subscribe(listener: () => void): () => void
  update(patch: AtlasViewPatch, options?: UpdateOptions): void
}

const COALESCE_MS = 1000

/** Holds the AtlasView in the URL: it reads it from there, writes every change back, and follows Back/Forward. */
export function createAtlasViewStore(
  win: UrlWindow,
  defaults: AtlasView,
  now: () => number = Date.now,
): AtlasViewStore {
  let current = decodeAtlasView(win.location.search, defaults)
  let lastPush: { key: string; at: number } | null = null
  const listeners = new Set<() => void>()
  const emit = () => {
    for (const listener of listeners) listener()
  }
  const searchFor = (atlas: AtlasView) =>
    replaceAtlasParams(win.location.search, encodeAtlasView(atlas, defaults))
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`

  // A hand-edited or outdated link is rewritten to what it was read as.
  const canonical = searchFor(current)
  if (canonical !== win.location.search) win.history.replaceState(null, '', urlFor(canonical))

  const onPopState = () => {
    current = decodeAtlasView(win.location.search, defaults)
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
    update(patch, { history = 'push', coalesce } = {}) {
      const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) }
      const search = searchFor(next)
      if (search !== win.location.search) {
        const at = now()
        const joins = coalesce !== undefined && lastPush?.key === coalesce && at - lastPush.at < COALESCE_MS
        if (history === 'push' && !joins) win.history.pushState(null, '', urlFor(search))
        else win.history.replaceState(null, '', urlFor(search))
        if (history === 'push') lastPush = { key: coalesce ?? '', at }
      }
      current = next
      emit()
    },
  }
}

function systemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

let store: AtlasViewStore | undefined

function theStore(): AtlasViewStore {
  store ??= createAtlasViewStore(window, defaultAtlasView(systemTheme()))
  return store
}

/** The AtlasView of this page, kept in its URL, and the function that changes it. */
export function useAtlasView(): { atlas: AtlasView; update: AtlasViewStore['update'] } {
  const atlasStore = theStore()
  const atlas = useSyncExternalStore(atlasStore.subscribe, atlasStore.get)
  return { atlas, update: atlasStore.update }
}
