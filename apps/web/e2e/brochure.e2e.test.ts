import { readFile, writeFile } from 'node:fs/promises'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { overlaps, type Rect } from '../src/share/imageLayout'
import type { ImageReport } from '../src/share/imageReport'
import { mapIdle } from './mapProbe'
import { e2eSuite } from './suite'

const VIEW = '/?i=sino-polish-consortium'
const FOUR_K = { width: 3840, height: 2160 }

/** An image's pixels, as RGBA rows from the top left. */
interface Pixels {
  width: number
  height: number
  data: Buffer
}

/**
 * The initiatives' colours of arcs and circles, as opposed to the basemap and the text: land, water, borders and
 * names are greys, blues and black, none of them saturated.
 */
const isData = (r: number, g: number, b: number) => Math.max(r, g, b) - Math.min(r, g, b) > 80
/** The light theme's text, black, as opposed to the land, water and arcs under it. */
const isText = (r: number, g: number, b: number) => r + g + b < 150

const within = (x: number, y: number, box: Rect) =>
  x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height

/** The smallest rectangle holding every pixel that passes `test`, outside the boxes left out. */
function extentOf(pixels: Pixels, test: typeof isData, leftOut: readonly Rect[]): Rect {
  let [left, top, right, bottom] = [pixels.width, pixels.height, -1, -1]
  for (let y = 0; y < pixels.height; y++) {
    for (let x = 0; x < pixels.width; x++) {
      const i = 4 * (y * pixels.width + x)
      if (!test(pixels.data[i] ?? 0, pixels.data[i + 1] ?? 0, pixels.data[i + 2] ?? 0)) continue
      if (leftOut.some((box) => within(x, y, box))) continue
      left = Math.min(left, x)
      right = Math.max(right, x)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y)
    }
  }
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 }
}

/** The share of a box's pixels that pass `test`. */
function shareIn(pixels: Pixels, box: Rect, test: typeof isData): number {
  let passing = 0
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = 4 * (y * pixels.width + x)
      if (test(pixels.data[i] ?? 0, pixels.data[i + 1] ?? 0, pixels.data[i + 2] ?? 0)) passing++
    }
  }
  return passing / (box.width * box.height)
}

describe('a picture for the brochure, from the production build on the embedded database', () => {
  const suite = e2eSuite()

  it('exports the Sino-Polish view as a 4K PNG framed to its data, titled by it, its institutions named', async () => {
    const watched = await suite.openPage()
    const { page } = watched
    await page.goto(suite.url + VIEW)
    const counts = await page.locator('.counts-bar').textContent({ timeout: 30_000 })
    const [, institutions, countries] =
      /(\d+) institutions · \d+ links · (\d+) countries/.exec(counts ?? '') ?? []
    await mapIdle(page)

    await page.getByRole('button', { name: 'Share' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share and export' })
    const title = `Sino-Polish University Consortium · ${institutions} institutions in ${countries} countries`
    expect(await dialog.getByLabel('Title on the image').inputValue()).toBe(title)
    await dialog.getByLabel('Size').selectOption({ label: '3840 × 2160' })

    const started = Date.now()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Export PNG' }).click(),
      // The steps show while it works.
      dialog.getByRole('progressbar').waitFor(),
    ])
    const seconds = (Date.now() - started) / 1000
    console.info(`4K PNG export of ${VIEW}: ${seconds.toFixed(1)} s`)
    const report = await page.evaluate(() => window.__atlasImage)
    if (!report) throw new Error('the export reported nothing')
    console.info(`  steps (ms): ${JSON.stringify(report.steps)}`)
    await dialog.getByRole('progressbar').waitFor({ state: 'detached' })

    expect(download.suggestedFilename()).toMatch(
      new RegExp(
        `^partnership-atlas-sino-polish-university-consortium-${institutions}-institutions-in-${countries}-countries-\\d{4}-\\d{2}-\\d{2}\\.png$`,
      ),
    )
    const png = await readFile(await download.path())
    await writeFile('/tmp/atlas-e2e-brochure.png', png)
    const pixels: Pixels = PNG.sync.read(png)
    expect([pixels.width, pixels.height]).toEqual([FOUR_K.width, FOUR_K.height])
    expect(report.title).toBe(title)
    checkFramed(pixels, report)
    checkNamed(pixels, report)
  }, 90_000)
})

/** The arcs and circles span most of the image, and the title, legend and source line cover none of them. */
function checkFramed(pixels: Pixels, report: ImageReport): void {
  const [titleBox, legendBox, sourceBox] = report.blocks
  if (!titleBox || !legendBox || !sourceBox) throw new Error('the image has no title, legend or source line')
  const data = extentOf(pixels, isData, [legendBox])
  expect(Math.max(data.width / pixels.width, data.height / pixels.height)).toBeGreaterThan(0.75)
  for (const block of [titleBox, sourceBox]) expect(shareIn(pixels, block, isData)).toBe(0)
  expect(shareIn(pixels, titleBox, isText)).toBeGreaterThan(0.05)
}

/** Most institutions are named, in text drawn where the report says, none over another or over a block. */
function checkNamed(pixels: Pixels, report: ImageReport): void {
  const names = report.labels.map((label) => label.name)
  expect(new Set(names).size).toBe(names.length)
  expect(names.length).toBeGreaterThanOrEqual(15)
  expect(names).toContain('Lodz University of Technology')
  expect(names).toContain('Beijing University of Technology')
  for (const [i, { name, box }] of report.labels.entries()) {
    expect(shareIn(pixels, box, isText), name).toBeGreaterThan(0.05)
    for (const other of [...report.labels.slice(i + 1).map((label) => label.box), ...report.blocks]) {
      expect(overlaps(box, other), name).toBe(false)
    }
  }
}
