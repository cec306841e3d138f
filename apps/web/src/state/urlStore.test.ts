import { describe, expect, it } from 'vitest'
import { defaultAtlasView } from './defaultAtlasView'
import { createUrlStore, type UrlWindow } from './urlStore'

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

describe('createUrlStore: the atlas view', () => {
  it('reads the view from the URL it starts on', () => {
    const store = createUrlStore(fakeWindow('/?c=PL&theme=dark'), defaults)
    expect(store.get().atlas.filter.countries).toEqual(['PL'])
    expect(store.get().atlas.theme).toBe('dark')
  })

  it('rewrites a garbled URL to the view it was read as', () => {
    const win = fakeWindow('/?c=pl,XX&theme=neon#top')
    createUrlStore(win, defaults)
    expect(win.entries).toEqual(['/?c=PL#top'])
  })

  it('pushes deliberate changes and replaces map moves', () => {
    const win = fakeWindow()
    const store = createUrlStore(win, defaults)
    store.update({ theme: 'dark' })
    store.update({ view: { ...defaults.view, zoom: 5 } }, { history: 'replace' })
    expect(win.entries).toEqual(['/', '/?v=60,30,5,0,0&theme=dark'])
  })

  it('restores the view on Back and Forward and tells its listeners', () => {
    const win = fakeWindow()
    const store = createUrlStore(win, defaults)
    let heard = 0
    const unsubscribe = store.subscribe(() => {
      heard += 1
    })
    store.update({ selection: { type: 'country', code: 'ZM' } })
    win.back()
    expect(store.get().atlas.selection).toBeNull()
    win.forward()
    expect(store.get().atlas.selection).toEqual({ type: 'country', code: 'ZM' })
    expect(heard).toBe(3)
    unsubscribe()
    win.back()
    expect(store.get().atlas.selection).toEqual({ type: 'country', code: 'ZM' })
  })

  it('leaves the parameters of other parts of the app alone', () => {
    const win = fakeWindow('/?tour=sino-polish&stop=2&c=pl')
    const store = createUrlStore(win, defaults)
    store.update({ theme: 'dark' })
    expect(win.entries).toEqual([
      '/?c=PL&tour=sino-polish&stop=2',
      '/?c=PL&theme=dark&tour=sino-polish&stop=2',
    ])
  })

  it('does not push an entry when the URL would not change', () => {
    const win = fakeWindow()
    const store = createUrlStore(win, defaults)
    store.update({ theme: 'light' })
    expect(win.entries).toEqual(['/'])
  })

  it('joins pushes with the same key made less than a second apart', () => {
    const win = fakeWindow()
    let clock = 0
    const store = createUrlStore(win, defaults, () => clock)
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
    const store = createUrlStore(fakeWindow('/?o=pairwise'), defaults)
    store.update((atlas) => ({ options: { ...atlas.options, choropleth: true } }))
    expect(store.get().atlas.options).toEqual({
      colourBy: 'initiative',
      pairwise: true,
      choropleth: true,
      projector: false,
    })
  })
})

describe('createUrlStore: the tour', () => {
  it('reads the tour from the URL it starts on, beside the view', () => {
    const store = createUrlStore(fakeWindow('/?c=PL&tour=bri&stop=3'), defaults)
    expect(store.get().tour).toEqual({ tourId: 'bri', stopIndex: 2, kiosk: false, timing: {} })
    expect(store.get().atlas.filter.countries).toEqual(['PL'])
  })

  it('pushes the start of a tour, replaces its stops, and replaces its end', () => {
    const win = fakeWindow('/?c=PL')
    const store = createUrlStore(win, defaults)
    store.startTour('bri', { kiosk: false })
    store.showStop(2)
    store.update({ theme: 'dark' }, { history: 'replace' })
    expect(win.entries).toEqual(['/?c=PL', '/?c=PL&theme=dark&tour=bri&stop=3'])
    store.endTour()
    expect(win.entries).toEqual(['/?c=PL', '/?c=PL&theme=dark'])
    expect(store.get().tour).toBeNull()
  })

  it('keeps a kiosk’s URL as it was opened', () => {
    const win = fakeWindow('/?tour=bri&kiosk=1')
    const store = createUrlStore(win, defaults)
    store.showStop(3)
    expect(win.entries).toEqual(['/?tour=bri&kiosk=1'])
    expect(store.get().tour?.stopIndex).toBe(0)
  })

  it('follows Back out of a tour and tells its listeners', () => {
    const win = fakeWindow()
    const store = createUrlStore(win, defaults)
    let heard = 0
    store.subscribe(() => {
      heard += 1
    })
    store.startTour('bri', { kiosk: true })
    expect(store.get().tour?.kiosk).toBe(true)
    win.back()
    expect(store.get().tour).toBeNull()
    expect(heard).toBe(2)
  })

  it('changes the view without touching the tour object, so that its readers need not render again', () => {
    const store = createUrlStore(fakeWindow('/?tour=bri'), defaults)
    const tour = store.get().tour
    store.update({ theme: 'dark' })
    expect(store.get().tour).toBe(tour)
  })
})
