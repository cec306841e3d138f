import type { Page } from 'playwright-core'
import { LAYER_IDS } from '../src/map/layerIds'

/** Resolves once the map has drawn everything it has been given (after the next repaint). */
export async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlasMap?.loaded() === true, undefined, { timeout: 60_000 })
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlasMap
        if (!map) return resolve()
        map.once('idle', () => resolve())
        map.triggerRepaint()
      }),
  )
}

/** The ids of the links drawn on screen now, whichever of the arc layers draws them. */
export async function drawnLinkIds(page: Page): Promise<string[]> {
  await mapIdle(page)
  const layers = [LAYER_IDS.arcs, LAYER_IDS.arcsSecondColour]
  const ids = await page.evaluate((layerIds) => {
    const map = window.__atlasMap
    if (!map) return []
    return map.queryRenderedFeatures({ layers: layerIds }).map((feature) => String(feature.properties?.id))
  }, layers)
  return [...new Set(ids)].sort()
}

/** How many pixels of a screenshot of the page are within `tolerance` of a colour (#rrggbb) on every channel. */
export async function pixelsOfColour(page: Page, colour: string, tolerance = 24): Promise<number> {
  await mapIdle(page)
  const [count = 0] = await pixelsInPng(page, await page.screenshot(), [colour], tolerance)
  return count
}

/**
 * How many pixels of a PNG are within `tolerance` of each colour (#rrggbb) on every channel, decoded by the page's
 * own image decoder.
 */
export async function pixelsInPng(
  page: Page,
  png: Buffer,
  colours: readonly string[],
  tolerance = 24,
): Promise<number[]> {
  return page.evaluate(
    async ({ png, colours, tolerance }) => {
      const image = new Image()
      image.src = `data:image/png;base64,${png}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')
      if (!context) return colours.map(() => 0)
      context.drawImage(image, 0, 0)
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      const targets = colours.map((colour) =>
        [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16)),
      )
      const counts = colours.map(() => 0)
      for (let i = 0; i < data.length; i += 4) {
        targets.forEach((target, index) => {
          if (target.every((value, channel) => Math.abs((data[i + channel] ?? 0) - value) <= tolerance)) {
            counts[index] = (counts[index] ?? 0) + 1
          }
        })
      }
      return counts
    },
    { png: png.toString('base64'), colours, tolerance },
  )
}
