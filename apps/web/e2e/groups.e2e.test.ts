import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { SOURCE_IDS } from '../src/map/layerIds'
import { mapIdle } from './mapProbe'
import { searchBox } from './searchBox'
import { e2eSuite } from './suite'

const CONSORTIUM = 'sino-polish-university-consortium'
const BY_COUNTRY = ['China: 14 members', 'Poland: 9 members']

describe('from one partner to the whole consortium, in the production build', () => {
  const suite = e2eSuite()
  const open = async (path = '/') => {
    const watched = await suite.open(path)
    await searchBox(watched.page).waitFor({ timeout: 30_000 })
    return watched
  }

  it('searches past a typo, opens the consortium’s page at its own URL, and reaches it from a member', async () => {
    const { page } = await open()
    const search = searchBox(page)
    await search.fill('Warsaw Univeristy')
    await expect
      .poll(() => page.getByRole('option').first().textContent())
      .toMatch(/^Warsaw University of Technology/)

    await search.fill('Sino-Polish')
    await page.getByRole('option', { name: /Consortium · 23 members/ }).click()
    await expect.poll(() => page.url()).toContain(`sel=g:${CONSORTIUM}`)
    const details = page.getByRole('complementary', { name: 'Details' })
    await details.getByRole('heading', { name: 'Sino-Polish University Consortium', level: 2 }).waitFor()
    const countries = details.getByRole('heading', { level: 4 })
    await expect.poll(() => countries.allTextContents()).toEqual(BY_COUNTRY)
    await details
      .locator('dd', { hasText: /^21 March 2017 at Beijing University of Technology 北京工业大学$/ })
      .waitFor()

    // The map keeps the seat and every member bright, drawn above the rest.
    await mapIdle(page)
    const lit = await page.evaluate(
      (source) =>
        new Set(window.__atlasMap?.querySourceFeatures(source).map((feature) => feature.properties?.id)).size,
      SOURCE_IDS.highlighted,
    )
    expect(lit).toBe(23)
    // Chosen from the search, the group is brought into view: every member inside the map.
    const outside = await page.evaluate((source) => {
      const map = window.__atlasMap
      if (!map) return ['no map']
      const bounds = map.getBounds()
      return map
        .querySourceFeatures(source)
        .filter((feature) => {
          const [lon = 0, lat = 0] = (feature.geometry as { coordinates: number[] }).coordinates
          return !bounds.contains([lon, lat])
        })
        .map((feature) => String(feature.properties?.id))
    }, SOURCE_IDS.highlighted)
    expect(outside).toEqual([])

    // A member's details lead back to the group.
    await details
      .getByRole('button', { name: 'Lodz University of Technology Politechnika Łódzka', exact: true })
      .click()
    await details.getByRole('heading', { name: 'Lodz University of Technology', level: 2 }).waitFor()
    await details.getByRole('button', { name: 'Sino-Polish University Consortium', exact: true }).click()
    await expect.poll(() => page.url()).toContain(`sel=g:${CONSORTIUM}`)

    // The URL alone reopens the page.
    await page.reload()
    await expect.poll(() => countries.allTextContents(), { timeout: 30_000 }).toEqual(BY_COUNTRY)
  })

  it('sorts the table by a column and exports it as shown', async () => {
    const { page } = await open()
    await page.getByRole('button', { name: 'Table' }).click()
    const links = page.getByRole('columnheader', { name: /^Links/ })
    await links.getByRole('button').click()
    await links.getByRole('button').click()
    await expect.poll(() => links.getAttribute('aria-sort')).toBe('descending')
    await expect
      .poll(() => page.getByRole('rowheader').first().textContent())
      .toBe('Beijing University of Technology')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^partnership-atlas-institutions-shown-\d{4}-\d\d-\d\d\.csv$/,
    )
    const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Name,Other name,Kind,City,Country,Initiatives,Role,Links')
    expect(lines[1]).toMatch(/^Beijing University of Technology,北京工业大学,.*,co-initiator,\d+$/)
    // A header, a row for each of the 29 institutions, and the empty line after the last line break.
    expect(lines).toHaveLength(31)
  })
})
