import { readFile } from 'node:fs/promises'
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { drawnLinkIds, mapIdle, pixelsInPng } from './mapProbe'
import { searchBox } from './searchBox'
import { e2eSuite } from './suite'

const TOUR = '/?tour=sino-polish-university-consortium'
const CONSORTIUM_BLUE = '#3b82f6'
const BELT_AND_ROAD_GREEN = '#059669'

/** Where the map's camera looks now, as [lon, lat]. */
const centre = (page: Page) =>
  page.evaluate(() => window.__atlasMap?.getCenter().toArray() ?? [Number.NaN, Number.NaN])
/** Whether the map is centred within a degree of a place, once it has flown there. */
const centredNear = async (page: Page, [lon, lat]: [number, number]) => {
  const [x = Number.NaN, y = Number.NaN] = await centre(page)
  return Math.abs(x - lon) < 1 && Math.abs(y - lat) < 1
}
/** Whether the map has come to rest showing the whole consortium, from Poland to China (a zoom below 4). */
const showsConsortium = (page: Page) =>
  page.evaluate(() => {
    const map = window.__atlasMap
    return !!map && !map.isMoving() && map.getZoom() < 4 && map.getBounds().contains([116.48, 39.87])
  })
/** The stop on screen, counted from 1, as the progress bar tells assistive technology. */
const stopShown = async (page: Page) =>
  Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'))
const stopTitle = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title })
const savedFile = async (download: Download) => readFile(await download.path())

describe('presenting and sharing, from the production build on the embedded database', () => {
  const suite = e2eSuite()
  const open = async (
    path: string,
    size?: { width: number; height: number },
    { reducedMotion = false } = {},
  ) => {
    const watched = await suite.openPage(size)
    if (reducedMotion) await watched.page.emulateMedia({ reducedMotion: 'reduce' })
    await watched.page.goto(suite.url + path)
    return watched.page
  }

  it('presents a tour opened by its URL: a clicker’s keys move through it, the map flies, Escape leaves', async () => {
    const page = await open(TOUR)
    await stopTitle(page, 'Sino-Polish University Consortium').waitFor({ timeout: 30_000 })
    await page.getByText('1 / 5').waitFor()
    // The map alone: no header, search or panels.
    expect(await page.getByRole('banner').count()).toBe(0)
    expect(await searchBox(page).count()).toBe(0)
    expect(await page.getByRole('navigation', { name: 'Filters' }).count()).toBe(0)

    await page.keyboard.press('PageDown')
    await stopTitle(page, 'Inaugurated in Beijing').waitFor()
    await page.getByText('2 / 5').waitFor()
    await expect.poll(() => centredNear(page, [116.4, 39.9]), { timeout: 30_000 }).toBe(true)
    expect(page.url()).toContain('stop=2')

    await page.keyboard.press('PageUp')
    await stopTitle(page, 'Sino-Polish University Consortium').waitFor()
    await expect.poll(() => showsConsortium(page), { timeout: 30_000 }).toBe(true)

    await page.keyboard.press('ArrowRight')
    await page.getByText('2 / 5').waitFor()
    await page.keyboard.press('Space')
    await stopTitle(page, 'Co-initiated from Chongqing').waitFor()
    // Chongqing with the two other co-initiators it names, in Beijing and Opole.
    await expect.poll(() => showsConsortium(page), { timeout: 30_000 }).toBe(true)

    await page.keyboard.press('Escape')
    await searchBox(page).waitFor()
    await page.getByRole('navigation', { name: 'Filters' }).waitFor()
    expect(page.url()).not.toContain('tour=')
    // Leaving puts back the atlas the tour was opened over: here the link named none.
    expect(page.url()).not.toContain('sel=')
  })

  // Its waits add up to more than the default minute on a busy machine.
  it('runs a tour as a kiosk loop that goes on by itself from Play and pauses while someone uses the map', async () => {
    // The map jumps to each stop rather than flying: a flight across the world takes longer than a two-second stop.
    // The idle time is long beside the checks below, so that a busy machine's slow steps do not reach it.
    const page = await open(`${TOUR}&kiosk=1&dwell=2&idle=15`, undefined, { reducedMotion: true })
    await page.getByText('1 / 5').waitFor({ timeout: 30_000 })
    expect(await page.getByRole('button', { name: 'Leave the tour' }).count()).toBe(0)
    // Asked for less motion, the kiosk starts stopped, and goes on by itself only after Play.
    await page.getByRole('status').filter({ hasText: 'Stopped' }).waitFor()
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(await stopShown(page)).toBe(1)
    await page.getByRole('button', { name: 'Play: go on by itself' }).click()
    await expect.poll(() => stopShown(page), { timeout: 30_000 }).toBeGreaterThan(1)

    await mapIdle(page)
    await page.mouse.click(720, 150)
    await page.getByRole('status').filter({ hasText: 'Paused' }).waitFor()
    const paused = await stopShown(page)
    // Well over two dwell times with the same stop: the visitor has the map.
    await new Promise((resolve) => setTimeout(resolve, 5000))
    expect(await stopShown(page)).toBe(paused)
    // Left alone for the idle time, it goes on.
    await expect.poll(() => stopShown(page), { timeout: 30_000 }).not.toBe(paused)
    await page.getByRole('status').filter({ hasText: 'Paused' }).waitFor({ state: 'detached' })
    // Moving the mouse, without a click, pauses it as well.
    await page.mouse.move(300, 300, { steps: 8 })
    await page.getByRole('status').filter({ hasText: 'Paused' }).waitFor()
  }, 180_000)

  it('exports the last stop of a tour as a 4K PNG with the arcs drawn in', async () => {
    const page = await open(`${TOUR}&stop=5`)
    await stopTitle(page, 'In response to the Belt and Road Initiative').waitFor({ timeout: 30_000 })
    await expect.poll(() => showsConsortium(page), { timeout: 30_000 }).toBe(true)
    await mapIdle(page)

    await page.getByRole('button', { name: 'Share' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share and export' })
    await dialog.getByLabel('Size').selectOption({ label: '3840 × 2160' })
    expect(await dialog.getByLabel('Title on the image').inputValue()).toBe(
      'In response to the Belt and Road Initiative',
    )
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      dialog.getByRole('button', { name: 'Export PNG' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^partnership-atlas-in-response-to-the-belt-and-road-initiative-\d{4}-\d{2}-\d{2}\.png$/,
    )
    const png = await savedFile(download)
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3840, 2160])
    const [blue = 0, green = 0] = await pixelsInPng(page, png, [CONSORTIUM_BLUE, BELT_AND_ROAD_GREEN])
    expect(blue).toBeGreaterThan(1000)
    expect(green).toBeGreaterThan(1000)

    // Escape closes the dialog, not the tour behind it.
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    await page.getByText('5 / 5').waitFor()
  }, 180_000)

  it('exports the filtered data as CSV and GeoJSON from the share dialog', async () => {
    const page = await open('/?i=sino-polish-consortium')
    const counts = await page.locator('.counts-bar').textContent({ timeout: 30_000 })
    const [, institutions, links] = /(\d+) institutions · (\d+) links/.exec(counts ?? '') ?? []
    await page.getByRole('button', { name: 'Share' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share and export' })

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Partnerships (CSV)' }).click(),
    ])
    const rows = (await savedFile(csv)).toString('utf8').split('\r\n').filter(Boolean)
    expect(rows[0]).toMatch(/^\uFEFFid,from_id,from_name,/)
    expect(rows.length - 1).toBe(Number(links))

    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Map data (GeoJSON)' }).click(),
    ])
    const collection = JSON.parse((await savedFile(geojson)).toString('utf8')) as {
      features: { properties: { featureType: string } }[]
    }
    const ofType = (type: string) => collection.features.filter((f) => f.properties.featureType === type)
    expect(ofType('institution').length).toBe(Number(institutions))
    expect(ofType('link').length).toBe(Number(links))
  })

  it('embeds the map alone with its title and a link to the full atlas, interactive or still', async () => {
    const size = { width: 800, height: 500 }
    const drag = async (page: Page) => {
      await page.mouse.move(400, 250)
      await page.mouse.down()
      await page.mouse.move(250, 250, { steps: 10 })
      await page.mouse.up()
      await mapIdle(page)
    }

    const page = await open('/?embed=1&title=Sino-Polish&i=sino-polish-consortium', size)
    await page.getByRole('heading', { name: 'Sino-Polish' }).waitFor({ timeout: 30_000 })
    expect((await drawnLinkIds(page)).length).toBeGreaterThan(0)
    for (const [role, name] of [
      ['banner', undefined],
      ['combobox', undefined],
      ['navigation', 'Filters'],
      ['button', 'Share'],
    ] as const) {
      expect(await page.getByRole(role, { name }).count(), `${role} ${name ?? ''}`).toBe(0)
    }
    const full = await page.getByRole('link', { name: 'Open in Partnership Atlas' }).getAttribute('href')
    expect(full).toBe(`${suite.url}/?i=sino-polish-consortium`)
    const before = await centre(page)
    await drag(page)
    expect(Math.abs(((await centre(page))[0] ?? 0) - (before[0] ?? 0))).toBeGreaterThan(1)

    const still = await open('/?embed=1&static=1&i=sino-polish-consortium', size)
    await still.getByRole('link', { name: 'Open in Partnership Atlas' }).waitFor({ timeout: 30_000 })
    await mapIdle(still)
    expect(await still.getByRole('heading').count()).toBe(0)
    expect(await still.getByRole('button', { name: 'Zoom in' }).count()).toBe(0)
    const fixed = await centre(still)
    await drag(still)
    expect(await centre(still)).toEqual(fixed)
  })

  it('draws the projector theme, kept in the URL, with thicker arcs', async () => {
    const page = await open('/')
    await page.locator('.counts-bar').waitFor({ timeout: 30_000 })
    await mapIdle(page)
    const arcWidth = () =>
      page.evaluate(() => JSON.stringify(window.__atlasMap?.getPaintProperty('arcs', 'line-width')))
    const normal = await arcWidth()

    await page.getByRole('button', { name: 'Projector' }).click()
    await expect.poll(() => page.url()).toContain('o=projector')
    expect(await page.evaluate(() => document.documentElement.dataset.projector)).toBe('light')
    await mapIdle(page)
    expect(await arcWidth()).not.toBe(normal)
    expect(await arcWidth()).toContain('["*",["match"')
  })
})
