import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS } from '../src/map/layerIds'
import { mapIdle } from './mapProbe'
import { e2eSuite } from './suite'

const BEIJING = '/?v=116.4,39.9,10'

/** The names the map writes on screen now, from the close-up basemap's place layers. */
async function placeNames(page: Page): Promise<string[]> {
  await mapIdle(page)
  const names = await page.evaluate(
    (layers) =>
      window.__atlasMap?.queryRenderedFeatures({ layers }).map((f) => String(f.properties?.name)) ?? [],
    [LAYER_IDS.placeLabels, LAYER_IDS.cityLabels],
  )
  return [...new Set(names)].sort()
}

describe('close-ups that show a place, from the production build on the embedded database', () => {
  const suite = e2eSuite()
  const open = async (path: string) => {
    const watched = await suite.openPage()
    const tiles: string[] = []
    watched.page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (pathname.startsWith('/basemap/')) tiles.push(pathname)
    })
    await watched.page.goto(suite.url + path)
    return { page: watched.page, tiles }
  }

  it('names Beijing and the towns around it at zoom 10, from tiles of its own server', async () => {
    const { page, tiles } = await open(BEIJING)
    await expect.poll(() => placeNames(page), { timeout: 30_000 }).toContain('Beijing')
    // Its districts too, in GeoNames' spelling.
    expect(await placeNames(page)).toEqual(expect.arrayContaining(['Fengtai', 'Haidian', 'Mentougou']))
    // The list of tiles, then the tile of zoom 5 around Beijing (26/12) that the map enlarges.
    expect(tiles).toContain('/basemap/tiles.json')
    expect(tiles).toContain('/basemap/5/26/12.pbf')
    // The 1:10m land and lines are drawn too, over the 1:50m countries.
    const drawn = await page.evaluate(
      (layers) => window.__atlasMap?.queryRenderedFeatures({ layers }).length ?? 0,
      [LAYER_IDS.detailLand, LAYER_IDS.detailBorders],
    )
    expect(drawn).toBeGreaterThan(0)
    await page.screenshot({ path: '/tmp/atlas-e2e-beijing.png' })
  })

  it('asks for no close-up tile on the first view of the world', async () => {
    const { page, tiles } = await open('/')
    await mapIdle(page)
    expect(tiles).toEqual([])
    expect(await placeNames(page)).toEqual([])
  })
})
