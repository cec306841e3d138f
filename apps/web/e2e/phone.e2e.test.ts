import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { mapIdle } from './mapProbe'
import { searchBox } from './searchBox'
import { e2eSuite } from './suite'

/** A phone held upright. */
const PHONE = { width: 390, height: 844 }
const LODZ = { id: 'lodz-university-of-technology', name: 'Lodz University of Technology' }

interface Place {
  lon: number
  lat: number
}

/** Where the map draws a place, in pixels from the top left of the page, and the map's own box there. */
async function onScreen(page: Page, places: readonly Place[]) {
  return page.evaluate((wanted) => {
    const map = window.__atlasMap
    if (!map) throw new Error('no map')
    const box = map.getContainer().getBoundingClientRect()
    const points = wanted.map(({ lon, lat }) => {
      const { x, y } = map.project([lon, lat])
      return { x: box.left + x, y: box.top + y }
    })
    return { points, map: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } }
  }, places)
}

describe('the atlas on a phone, from the production build', () => {
  const suite = e2eSuite()
  const open = async (path: string) => {
    const { page } = await suite.open(path, PHONE)
    await searchBox(page).waitFor({ timeout: 30_000 })
    return page
  }

  let SHOWN: (Place & { id: string })[] = []
  beforeAll(async () => {
    SHOWN = await suite.read<(Place & { id: string })[]>('institution.list')
  })

  it('opens on all the institutions, fitted to the map', async () => {
    const page = await open('/')
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('v=')
    await mapIdle(page)
    expect(SHOWN.length).toBeGreaterThan(10)
    const { points, map } = await onScreen(page, SHOWN)
    const outside = points.filter(
      ({ x, y }) => x < map.left || x > map.right || y < map.top || y > map.bottom,
    )
    expect(outside).toEqual([])
    // Fitted, not merely inside: they span most of the map's width or height.
    const span = (values: number[]) => Math.max(...values) - Math.min(...values)
    const fill = Math.max(
      span(points.map(({ x }) => x)) / (map.right - map.left),
      span(points.map(({ y }) => y)) / (map.bottom - map.top),
    )
    expect(fill).toBeGreaterThan(0.7)
  })

  it('folds the toolbar into a menu that reaches the tours and sharing, by touch and by keyboard', async () => {
    const page = await open('/')
    const menu = page.getByRole('button', { name: 'Menu' })
    const tours = page.getByRole('button', { name: 'Tours' })
    const share = page.getByRole('button', { name: 'Share' })
    expect(await tours.isVisible()).toBe(false)
    expect(await menu.getAttribute('aria-expanded')).toBe('false')

    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    await tours.click()
    const toursDialog = page.getByRole('dialog')
    await toursDialog.waitFor()
    await page.keyboard.press('Escape')
    await toursDialog.waitFor({ state: 'hidden' })
    // The dialog gives the focus back to the menu's button, closed.
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true)
    expect(await menu.getAttribute('aria-expanded')).toBe('false')

    await page.keyboard.press('Enter')
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('.toolbar') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true)

    await menu.click()
    await share.click()
    await page.getByRole('dialog').waitFor()
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
  })

  it('keeps a selected institution above the details sheet, though the link put it under', async () => {
    const lodz = SHOWN.find(({ id }) => id === LODZ.id)
    if (!lodz) throw new Error(`${LODZ.id} is not in the atlas`)
    // A view that puts Łódź near the bottom of the map, where the sheet comes.
    const page = await open(`/?sel=i:${LODZ.id}&v=${lodz.lon},${lodz.lat + 5},5`)
    const sheet = page.getByRole('complementary', { name: 'Details' })
    await sheet.getByRole('heading', { name: LODZ.name, level: 2 }).waitFor()
    await expect.poll(() => sheetHidesPlace(page, lodz), { timeout: 10_000 }).toBe(false)
  })

  it('keeps an institution chosen in the search above the details sheet', async () => {
    const lodz = SHOWN.find(({ id }) => id === LODZ.id)
    if (!lodz) throw new Error(`${LODZ.id} is not in the atlas`)
    const page = await open('/')
    await searchBox(page).fill('Lodz')
    await page.getByRole('option', { name: new RegExp(LODZ.name) }).click()
    const sheet = page.getByRole('complementary', { name: 'Details' })
    await sheet.getByRole('heading', { name: LODZ.name, level: 2 }).waitFor()
    await expect.poll(() => sheetHidesPlace(page, lodz), { timeout: 10_000 }).toBe(false)
    await page.screenshot({ path: '/tmp/atlas-e2e-phone-lodz.png' })
  })
})

/**
 * Whether the place is anywhere but in the map above the details sheet, once the map is still: the sheet is on a
 * phone's map, at most half as tall as the map, and the place's point lies between the map's top and the sheet's.
 */
async function sheetHidesPlace(page: Page, place: Place): Promise<boolean> {
  await mapIdle(page)
  const { points, map } = await onScreen(page, [place])
  const sheet = await page.getByRole('complementary', { name: 'Details' }).boundingBox()
  const point = points[0]
  if (!sheet || !point) return true
  expect(sheet.x).toBe(map.left)
  expect(sheet.y + sheet.height).toBeCloseTo(map.bottom, 0)
  expect(sheet.height).toBeLessThanOrEqual((map.bottom - map.top) / 2 + 1)
  return !(point.y > map.top && point.y < sheet.y && point.x > map.left && point.x < map.right)
}
