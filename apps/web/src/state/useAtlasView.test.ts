import { describe, expect, it } from 'vitest'
import { defaultAtlasView } from './defaultAtlasView'
import { createAtlasViewStore, type UrlWindow } from './useAtlasView'

/** A browser's location and history in miniature: a stack of URLs and a cursor. */
function fakeWindow(initial = '/') {
  const entries = [initial]
  let index = 0
  let popListeners: (() => void)[] = []
  const url = () => new URL(entries[index] ?? '/', 'http://atlas.test')
  const win: UrlWindow & { back(): void; forward(): void; entries: string[] } = {
    entries,
    location: {
      get pathname() {
        return url().pathname
      },
      get search() {
        return url().search
      },
      get hash() {
        return url().hash
      },
    },
    history: {
      pushState(_data, _unused, next) {
        entries.splice(index + 1, entries.length, next)
        index += 1
      },
      replaceState(_data, _unused, next) {
        entries[index] = next
      },
    },
    addEventListener: (_type, listener) => {
      popListeners.push(listener)
    },
    removeEventListener: (_type, listener) => {
      popListeners = popListeners.filter((l) => l !== listener)
    },
    back() {
      index -= 1
      for (const listener of popListeners) listener()
    },
    forward() {
      index += 1
      for (const listener of popListeners) listener()
    },
  }
  return win
}

const defaults = defaultAtlasView('light')

describe('createAtlasViewStore', () => {
  it('reads the view from the URL it starts on', () => {
    const store = createAtlasViewStore(fakeWindow('/?c=PL&theme=dark'), defaults)
    expect(store.get().filter.countries).toEqual(['PL'])
    expect(store.get().theme).toBe('dark')
  })

  it('rewrites a garbled URL to the view it was read as', () => {
    const win = fakeWindow('/?c=pl,XX&theme=neon#top')
    createAtlasViewStore(win, defaults)
    expect(win.entries).toEqual(['/?c=PL#top'])
  })

  it('pushes deliberate changes and replaces map moves', () => {
    const win = fakeWindow()
    const store = createAtlasViewStore(win, defaults)
    store.update({ theme: 'dark' })
    store.update({ view: { ...defaults.view, zoom: 5 } }, { history: 'replace' })
    expect(win.entries).toEqual(['/', '/?v=60,30,5,0,0&theme=dark'])
  })

  it('restores the view on Back and Forward and tells its listeners', () => {
    const win = fakeWindow()
    const store = createAtlasViewStore(win, defaults)
    let heard = 0
    const unsubscribe = store.subscribe(() => {
      heard += 1
    })
    store.update({ selection: { type: 'country', code: 'ZM' } })
    win.back()
    expect(store.get().selection).toBeNull()
    win.forward()
    expect(store.get().selection).toEqual({ type: 'country', code: 'ZM' })
    expect(heard).toBe(3)
    unsubscribe()
    win.back()
    expect(store.get().selection).toEqual({ type: 'country', code: 'ZM' })
  })

  it('leaves the parameters of other parts of the app alone', () => {
    const win = fakeWindow('/?tour=sino-polish&stop=2&c=pl')
    const store = createAtlasViewStore(win, defaults)
    store.update({ theme: 'dark' })
    expect(win.entries).toEqual([
      '/?c=PL&tour=sino-polish&stop=2',
      '/?c=PL&theme=dark&tour=sino-polish&stop=2',
    ])
  })

  it('does not push an entry when the URL would not change', () => {
    const win = fakeWindow()
    const store = createAtlasViewStore(win, defaults)
    store.update({ theme: 'light' })
    expect(win.entries).toEqual(['/'])
  })

  it('joins pushes with the same key made less than a second apart', () => {
    const win = fakeWindow()
    let clock = 0
    const store = createAtlasViewStore(win, defaults, () => clock)
    const year = (yearTo: number) => ({ filter: { ...defaults.filter, yearTo } })
    store.update(year(2020), { coalesce: 'years' })
    clock = 300
    store.update(year(2019), { coalesce: 'years' })
    clock = 600
    store.update(year(2018), { coalesce: 'years' })
    clock = 2000
    store.update(year(2017), { coalesce: 'years' })
    store.update({ theme: 'dark' })
    expect(win.entries).toEqual(['/', '/?y=-2018', '/?y=-2017', '/?y=-2017&theme=dark'])
  })

  it('applies a patch computed from the current view', () => {
    const store = createAtlasViewStore(fakeWindow('/?o=pairwise'), defaults)
    store.update((atlas) => ({ options: { ...atlas.options, choropleth: true } }))
    expect(store.get().options).toEqual({
      colourBy: 'initiative',
      pairwise: true,
      choropleth: true,
      projector: false,
    })
  })
})
