import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { mapIdle } from './mapProbe'
import { e2eSuite } from './suite'

/** A projector, an older 4:3 one and a phone held upright. */
const SCREENS = [
  { width: 1600, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]

interface Place {
  id: string
  lon: number
  lat: number
}
interface Stop {
  title: string
  filter: unknown
  focus?: string[]
  selection: { type: string; id?: string } | null
}
interface Tour {
  id: string
  title: string
  stops: Stop[]
}

const stopTitle = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title })
const blankScreen = (page: Page) => page.getByRole('button', { name: /The screen is blank/ })

/**
 * The places of `places` that the map does not show clear of the presentation's caption and controls: off the map
 * or the window, or under either box. Empty once the map has come to rest on a stop that frames them all.
 */
async function hiddenPlaces(page: Page, places: Place[]): Promise<string[]> {
  return page.evaluate((places) => {
    const map = window.__atlasMap
    if (!map) return ['no map']
    if (map.isMoving()) return ['the map is moving']
    const area = map.getContainer().getBoundingClientRect()
    const covers = ['.presentation-caption', '.presentation-bar'].flatMap((selector) => {
      const element = document.querySelector(selector)
      return element ? [{ selector, box: element.getBoundingClientRect() }] : []
    })
    return places.flatMap(({ id, lon, lat }) => {
      const point = map.project([lon, lat])
      const [x, y] = [area.left + point.x, area.top + point.y]
      const visible =
        x >= Math.max(0, area.left) &&
        x <= Math.min(window.innerWidth, area.right) &&
        y >= Math.max(0, area.top) &&
        y <= Math.min(window.innerHeight, area.bottom)
      const under = covers.find(
        ({ box }) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom,
      )
      if (!visible) return [`${id} off the map at ${Math.round(x)},${Math.round(y)}`]
      return under ? [`${id} under ${under.selector} at ${Math.round(x)},${Math.round(y)}`] : []
    })
  }, places)
}

describe('tours that frame what they talk about, from the production build on the embedded database', () => {
  const suite = e2eSuite()
  let TOURS: Tour[] = []
  let PLACES = new Map<string, Place>()
  /** The institutions a filter shows: those at either end of a link it shows. */
  const shownBy = async (filter: unknown) =>
    new Set(
      (await suite.read<{ fromId: string; toId: string }[]>('link.list', filter)).flatMap((link) => [
        link.fromId,
        link.toId,
      ]),
    )
  beforeAll(async () => {
    const list = await suite.read<{ id: string }[]>('tour.list')
    TOURS = await Promise.all(list.map(({ id }) => suite.read<Tour>('tour.get', { id })))
    PLACES = new Map((await suite.read<Place[]>('institution.list')).map((place) => [place.id, place]))
  })

  /** A page opened at `path`, the map jumping rather than flying so that each stop is checked once it is there. */
  const open = async (path: string, size = SCREENS[0]) => {
    const { page } = await suite.openPage(size)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(suite.url + path)
    return page
  }

  it('shows every institution each stop names on the map and clear of the caption, on each screen', async () => {
    expect(TOURS.length).toBeGreaterThan(0)
    for (const tour of TOURS) {
      const page = await open(`/?tour=${tour.id}`)
      for (const [s, screen] of SCREENS.entries()) {
        await page.setViewportSize(screen)
        if (s > 0) await page.keyboard.press('Home')
        for (const [i, stop] of tour.stops.entries()) {
          if (i > 0) await page.keyboard.press('PageDown')
          await stopTitle(page, stop.title).waitFor({ timeout: 30_000 })
          const selected = stop.selection?.type === 'institution' ? stop.selection.id : undefined
          const named = new Set([...(stop.focus ?? []), ...(selected ? [selected] : [])])
          const places = [...named].flatMap((id) => PLACES.get(id) ?? [])
          expect(places.length, `${tour.id} stop ${i + 1} names institutions`).toBe(named.size)
          if (s === 0) {
            // Named, framed, and drawn: the stop's filter shows each of them.
            const shown = await shownBy(stop.filter)
            expect(
              [...named].filter((id) => !shown.has(id)),
              `${tour.id} stop ${i + 1}`,
            ).toEqual([])
          }
          await expect
            .poll(() => hiddenPlaces(page, places), {
              timeout: 10_000,
              message: `${tour.id}, stop ${i + 1}, ${screen.width}×${screen.height}`,
            })
            .toEqual([])
        }
      }
    }
  }, 240_000)

  it('shows a blanked screen again on the same stop at Page Down, and moves on at the next', async () => {
    const [tour] = TOURS
    const [first, second] = tour?.stops ?? []
    if (!tour || !first || !second) throw new Error('no tour of two stops')
    const page = await open(`/?tour=${tour.id}`)
    await stopTitle(page, first.title).waitFor({ timeout: 30_000 })
    await page.keyboard.press('b')
    await blankScreen(page).waitFor()
    await page.keyboard.press('PageDown')
    await blankScreen(page).waitFor({ state: 'detached' })
    expect(await stopTitle(page, first.title).isVisible()).toBe(true)
    await page.keyboard.press('.')
    await blankScreen(page).waitFor()
    await page.keyboard.press('PageDown')
    await blankScreen(page).waitFor({ state: 'detached' })
    await page.keyboard.press('PageDown')
    await stopTitle(page, second.title).waitFor()
  })

  it('starts full screen from the keyboard, and Escape puts back the URL and the focus it started from', async () => {
    const [tour] = TOURS
    if (!tour) throw new Error('no tour')
    const page = await open('/?i=china-spain-csp&sel=i:beihang-university')
    await page.locator('.counts-bar').waitFor({ timeout: 30_000 })
    await mapIdle(page)
    // The arrival view is written once the data is there; the URL before the tour is the one that stays.
    let before = ''
    await expect
      .poll(
        async () => {
          const [was, now] = [before, page.url()]
          before = now
          return was === now
        },
        { interval: 500 },
      )
      .toBe(true)
    expect(before).toContain('sel=i:beihang-university')

    const tours = page.getByRole('button', { name: 'Tours', exact: true })
    await tours.focus()
    await page.keyboard.press('Space')
    await page.getByRole('button', { name: `Start “${tour.title}”` }).focus()
    await page.keyboard.press('Enter')
    await stopTitle(page, tour.stops[0]?.title ?? '').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
    await page.keyboard.press('PageDown')
    await page.getByText(`2 / ${tour.stops.length}`).waitFor()
    expect(page.url()).not.toBe(before)

    await page.keyboard.press('Escape')
    await page.getByRole('navigation', { name: 'Filters' }).waitFor()
    expect(page.url()).toBe(before)
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tours')
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull()
    await mapIdle(page)
    expect(page.url()).toBe(before)
  })
})
