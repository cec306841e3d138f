import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from './api/serverProcess'
import { type LaunchedChromium, launchChromium } from './browser/launchChromium'
import { Cleanups } from './cleanups'
import { generateDataset } from './generate/dataset'
import { loadIntoPglite } from './load/pgliteTarget'
import { seedCampuses } from './load/seedCampuses'

const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url))
/** The whole world at once, so that every link has its ends in view. */
const WORLD = '?v=0,20,0.6'

/** The first number in a text, commas and all ("5,027 links" → 5027). */
function firstNumber(text: string | null): number {
  const match = /\d[\d,]*/.exec(text ?? '')
  if (!match) throw new Error(`no number in "${text}"`)
  return Number(match[0].replaceAll(',', ''))
}

/** Waits until the map has drawn what it was given last (its data-renders counts each time it has). */
async function drawn(page: Page, after: number): Promise<{ summary: string; links: number }> {
  const map = page.locator('.atlas-map')
  await expect
    .poll(async () => Number(await map.getAttribute('data-renders')), { timeout: 120_000 })
    .toBeGreaterThan(after)
  await page.locator('.atlas-map[aria-busy="false"]').waitFor({ timeout: 120_000 })
  const summary = (await page.locator('.atlas-map__drawn').textContent()) ?? ''
  const links = /([\d,]+) links?\b/.exec((await page.locator('.counts-bar').textContent()) ?? '')?.[1]
  return { summary, links: firstNumber(links ?? null) }
}

// The atlas at S (1,000 institutions, 5,000 links beside the seed's), loaded through the import: the flows drawn at
// world zoom and the arcs drawn one by one must both account for exactly the links the counts bar shows.
describe('the atlas at S, as flows and one by one', () => {
  const cleanups = new Cleanups()
  const stopping = new AbortController()
  let server: RunningServer
  let chromium: LaunchedChromium
  let page: Page

  beforeAll(async () => {
    const dataset = generateDataset('S', undefined, await seedCampuses())
    const { dataDir } = await loadIntoPglite(
      dataset,
      (remove) => cleanups.add('the PGlite folder', remove),
      () => {},
    )
    server = await startServer({ DATA_DIR: dataDir }, WEB_DIST, stopping.signal, (stop) =>
      cleanups.add('the server', stop),
    )
    chromium = await launchChromium()
    cleanups.add('Chromium', () => chromium.close())
    page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } })
  })

  afterAll(async () => {
    stopping.abort()
    await cleanups.runAll()
  })

  it('counts every shown link in the flows between countries at world zoom', async () => {
    await page.goto(`${server.base}/${WORLD}`)
    const { summary, links } = await drawn(page, 0)
    expect(links).toBeGreaterThan(5000)
    expect(summary).toContain('flows between countries')
    expect(firstNumber(summary)).toBe(links)
  })

  it('draws the same links one by one once the filter leaves few, and counts them alike', async () => {
    const before = Number(await page.locator('.atlas-map').getAttribute('data-renders'))
    await page.getByRole('button', { name: 'Show only Twin Cities Compact' }).click()
    const { summary, links } = await drawn(page, before)
    expect(links).toBeGreaterThan(0)
    expect(links).toBeLessThan(1500)
    expect(summary).toBe(
      `The map draws ${links.toLocaleString('en')} links in view one by one, of ${links.toLocaleString('en')} shown.`,
    )
  })

  it('shows the flows again, with the same total, when the filter is cleared', async () => {
    const before = Number(await page.locator('.atlas-map').getAttribute('data-renders'))
    await page.goBack()
    const { summary, links } = await drawn(page, before)
    expect(summary).toContain('flows between countries')
    expect(firstNumber(summary)).toBe(links)
  })
})
