/**
 * Measures the first view as a visitor gets it on a fresh load: the bytes the page transfers, and the time from the
 * start of navigation to the map's first rest with the basemap drawn. Runs against servers of the production build
 * with its test hooks (VITE_TEST_HOOKS=1, which expose the map): those named, or one started by e2e/server.ts. Each
 * gets the median of a few loads, each in a new browser context with an empty cache, taken in turns so that a busy
 * machine slows them all alike (two builds compared: before and after a change). For the README's basemap
 * paragraph, from apps/web:  pnpm measure:first-view [http://127.0.0.1:3000/ …]
 */
import type { Page } from 'playwright-core'
import { launchBrowser } from '../e2e/browser'
import { type RunningServer, startServer } from '../e2e/server'
import { webBuildWithTestHooks } from '../e2e/webBuild'
import { LAYER_IDS } from '../src/map/layerIds'

const LOADS = 7

const given = process.argv.slice(2)
const build = given.length > 0 ? null : await webBuildWithTestHooks()
const server: RunningServer | null = build ? await startServer({ webDist: build.dist }) : null
const urls = server ? [`${server.url}/`] : given
const browser = await launchBrowser()
try {
  const loads = new Map(urls.map((url) => [url, [] as { bytes: number; ms: number }[]]))
  for (let i = 0; i < LOADS; i++) {
    for (const url of urls) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      loads.get(url)?.push(await measure(await context.newPage(), url))
      await context.close()
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  for (const [url, measured] of loads) {
    const bytes = median(measured.map((load) => load.bytes))
    const ms = median(measured.map((load) => load.ms))
    console.log(
      `${url}: ${(bytes / 1024).toFixed(0)} KiB transferred, drawn after ${ms.toFixed(0)} ms (median)`,
    )
  }
} finally {
  await browser.close()
  await server?.stop()
  await build?.remove()
}

/** One fresh load: the bytes on the wire (compressed, headers included) and the time until the basemap is drawn. */
async function measure(page: Page, address: string): Promise<{ bytes: number; ms: number }> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  let bytes = 0
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
    bytes += encodedDataLength
  })
  await page.goto(address)
  // The first rest with the basemap drawn: the countries on screen, and no tile, source or transition pending.
  const drawnAt = await page.waitForFunction(
    (countries) => {
      const map = window.__atlasMap
      const drawn = map?.loaded() && map.queryRenderedFeatures({ layers: [countries] }).length > 0
      return drawn ? performance.now() : false
    },
    LAYER_IDS.countries,
    { polling: 'raf', timeout: 60_000 },
  )
  const ms = Number(await drawnAt.jsonValue())
  // Requests still finishing (a font MapLibre asked for) are counted, as the visitor's machine transfers them.
  await page.waitForLoadState('networkidle')
  return { bytes, ms }
}
