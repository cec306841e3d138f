import { LINK_COLUMNS_PATH } from '@atlas/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { LAYER_IDS } from '../src/map/layerIds'
import type { WatchedPage } from './browser'
import { drawnLinkIds, mapIdle, pixelsOfColour } from './mapProbe'
import { searchBox } from './searchBox'
import { e2eSuite } from './suite'

const CHINA_SPAIN_RED = '#e5484d'
const CONSORTIUM_BLUE = '#3b82f6'
const ALL = '29 institutions · 27 links · 4 countries'
const WITHOUT_CHINA_SPAIN = '26 institutions · 25 links · 3 countries'
const LODZ_SOURCE =
  'Sino-Polish University Consortium under the “Belt and Road” Initiative Established in Beijing University of Technology'

describe('the map dashboard, from the production build on the embedded database', () => {
  const suite = e2eSuite()
  const counts = (watched: WatchedPage) => watched.page.locator('.counts-bar')

  let ALL_LINKS: string[] = []
  let SHARED_POINTS: { lon: number; lat: number; names: string[] }[] = []
  let CONSORTIUM_LINKS: string[] = []
  beforeAll(async () => {
    const links =
      await suite.read<{ id: string; fromId: string; toId: string; initiatives: string[] }[]>('link.list')
    const points =
      await suite.read<{ id: string; name: string; lon: number; lat: number }[]>('institution.list')
    const byPoint = new Map<string, typeof points>()
    for (const point of points) {
      const key = `${point.lon},${point.lat}`
      byPoint.set(key, [...(byPoint.get(key) ?? []), point])
    }
    SHARED_POINTS = [...byPoint.values()]
      .filter((group) => group.length > 1)
      .map((group) => ({
        lon: group[0]?.lon ?? 0,
        lat: group[0]?.lat ?? 0,
        names: group.map((point) => point.name).sort(),
      }))
    // Institutions that share a city point are drawn apart (displayPositions.ts), so every link has a length.
    ALL_LINKS = links.map((link) => link.id).sort()
    CONSORTIUM_LINKS = links
      .filter((link) => link.initiatives.includes('sino-polish-consortium'))
      .map((link) => link.id)
  })

  it('draws the partnerships as arcs in their initiatives’ colours', async () => {
    const watched = await suite.open()
    await expect.poll(() => counts(watched).textContent(), { timeout: 30_000 }).toBe(ALL)
    expect(await drawnLinkIds(watched.page)).toEqual(ALL_LINKS)
    expect(await pixelsOfColour(watched.page, CONSORTIUM_BLUE)).toBeGreaterThan(200)
    expect(await pixelsOfColour(watched.page, CHINA_SPAIN_RED)).toBeGreaterThan(20)
    await watched.page.screenshot({ path: '/tmp/atlas-e2e-world.png' })
  })

  it('unchecking an initiative changes the counts and the drawn arcs at once', async () => {
    const watched = await suite.open()
    await expect.poll(() => counts(watched).textContent(), { timeout: 30_000 }).toBe(ALL)
    const redBefore = await pixelsOfColour(watched.page, CHINA_SPAIN_RED)
    await watched.page
      .getByRole('checkbox', { name: /China–Spain Comprehensive Strategic Partnership/ })
      .uncheck()
    await expect.poll(() => counts(watched).textContent()).toBe(WITHOUT_CHINA_SPAIN)
    expect(await drawnLinkIds(watched.page)).toEqual(
      ALL_LINKS.filter((id) => !id.startsWith('beihang-valencia-polytechnic-institute')),
    )
    expect(await pixelsOfColour(watched.page, CHINA_SPAIN_RED)).toBeLessThan(redBefore / 4)
  })

  it('unchecking the consortium hides its arcs though they are Belt and Road too; its parent shows mixed', async () => {
    const watched = await suite.open()
    await expect.poll(() => counts(watched).textContent(), { timeout: 30_000 }).toBe(ALL)
    const blueBefore = await pixelsOfColour(watched.page, CONSORTIUM_BLUE)
    await watched.page.getByRole('checkbox', { name: /^Sino-Polish University Consortium/ }).uncheck()
    expect(CONSORTIUM_LINKS).toHaveLength(22)
    await expect.poll(() => counts(watched).textContent()).toContain(`${27 - CONSORTIUM_LINKS.length} links`)
    expect(await drawnLinkIds(watched.page)).toEqual(ALL_LINKS.filter((id) => !CONSORTIUM_LINKS.includes(id)))
    expect(await pixelsOfColour(watched.page, CONSORTIUM_BLUE)).toBeLessThan(blueBefore / 10)
    const beltAndRoad = watched.page.getByRole('checkbox', { name: /^Belt and Road Initiative/ })
    expect(await beltAndRoad.getAttribute('aria-checked')).toBe('mixed')
    const listed = new URL(watched.page.url()).searchParams.get('i')?.split(',')
    expect(listed?.sort()).toEqual(['belt-and-road', 'china-spain-csp'])
  })

  it('names every institution that shares a city point where its cluster opens (zoom 12)', async () => {
    expect(SHARED_POINTS.length).toBeGreaterThan(0)
    const watched = await suite.open()
    for (const { lon, lat, names } of SHARED_POINTS) {
      await watched.page.goto(`${suite.url}/?v=${lon},${lat},12`)
      await mapIdle(watched.page)
      const labelled = await watched.page.evaluate((layer) => {
        const map = window.__atlasMap
        return map
          ? map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties?.name))
          : []
      }, LAYER_IDS.institutionLabels)
      expect(names.filter((name) => !labelled.includes(name))).toEqual([])
    }
  })

  it('finds Łódź by typing "Lodz", selects it and shows its source', async () => {
    const watched = await suite.open()
    const search = searchBox(watched.page)
    await search.fill('Lodz')
    await watched.page.getByRole('option', { name: /Lodz University of Technology/ }).waitFor()
    await search.press('ArrowDown')
    await search.press('Enter')
    await expect.poll(() => watched.page.url()).toContain('sel=i:lodz-university-of-technology')
    const details = watched.page.getByRole('heading', { name: 'Lodz University of Technology' })
    await details.waitFor()
    await watched.page.getByText('Politechnika Łódzka').first().waitFor()
    await watched.page.getByText(LODZ_SOURCE).first().waitFor()
    await mapIdle(watched.page)
    // The map flies to it, centred in the space the details panel leaves.
    const [lon, lat] = (await watched.page.evaluate(() => window.__atlasMap?.getCenter().toArray())) ?? []
    expect(lon).toBeCloseTo(19.45, 0)
    expect(lat).toBeCloseTo(51.75, 0)
    await watched.page.screenshot({ path: '/tmp/atlas-e2e-lodz.png' })
  })

  it('reopens exactly the same view from a copied URL, and back and forward move through it', async () => {
    const first = await suite.open()
    await expect.poll(() => counts(first).textContent(), { timeout: 30_000 }).toBe(ALL)
    await first.page
      .getByRole('checkbox', { name: /China–Spain Comprehensive Strategic Partnership/ })
      .uncheck()
    const search = searchBox(first.page)
    await search.fill('Lodz')
    await first.page.getByRole('option', { name: /Lodz University of Technology/ }).click()
    await first.page.getByRole('heading', { name: 'Lodz University of Technology' }).waitFor()
    await expect.poll(() => first.page.url(), { timeout: 10_000 }).toMatch(/v=19\.\d+,51\.\d+/)
    await mapIdle(first.page)
    const copied = first.page.url()
    const centre = await first.page.evaluate(() => window.__atlasMap?.getCenter().toArray())

    const second = await suite.open(copied.slice(suite.url.length))
    await expect.poll(() => counts(second).textContent(), { timeout: 30_000 }).toBe(WITHOUT_CHINA_SPAIN)
    await second.page.getByRole('heading', { name: 'Lodz University of Technology' }).waitFor()
    expect(
      await second.page
        .getByRole('checkbox', { name: /China–Spain Comprehensive Strategic Partnership/ })
        .isChecked(),
    ).toBe(false)
    await mapIdle(second.page)
    const restored = await second.page.evaluate(() => window.__atlasMap?.getCenter().toArray())
    expect(restored?.[0]).toBeCloseTo(centre?.[0] ?? Number.NaN, 1)
    expect(restored?.[1]).toBeCloseTo(centre?.[1] ?? Number.NaN, 1)

    await second.page.goBack()
    await expect.poll(() => second.page.url()).not.toContain('sel=')
    await second.page.goForward()
    await expect.poll(() => second.page.url()).toContain('sel=i:lodz-university-of-technology')
  })

  it('says so, with a retry, when the server cannot be reached', async () => {
    const watched = await suite.openPage()
    const toServer = (url: URL) => url.pathname.startsWith('/trpc/') || url.pathname === LINK_COLUMNS_PATH
    await watched.page.route(toServer, (route) => route.abort('connectionrefused'))
    await watched.page.goto(suite.url)
    const retry = watched.page.getByRole('button', { name: 'Retry' })
    await retry.waitFor({ timeout: 30_000 })
    await watched.page.unroute(toServer)
    // The refused requests are this test's doing, not errors of the app.
    watched.consoleErrors.length = 0
    await retry.click()
    await expect.poll(() => counts(watched).textContent(), { timeout: 30_000 }).toBe(ALL)
  })
})
