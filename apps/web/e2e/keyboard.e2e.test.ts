import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { en } from '../src/i18n/en'
import { e2eSuite } from './suite'

/** What the map last said to a screen reader. */
const announced = (page: Page) => page.locator('.atlas-map [aria-live="polite"]').first().textContent()
/** A link is said as its two ends ("A — B") and what Enter does, an institution as its name and what Enter does. */
const isLink = (text: string | null) =>
  Boolean(text?.includes(' — ') && text.endsWith(en['map.focus.openHint']))
const ARROWS = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']
const isInstitution = (text: string | null) =>
  Boolean(text?.endsWith(en['map.focus.openHint']) && !text.includes(' — '))

describe('the map by keyboard alone, from the production build', () => {
  const suite = e2eSuite()

  it('skips to the map, steps onto an institution with the arrow keys and opens it with Enter', async () => {
    const { page } = await suite.open('/', { width: 1280, height: 800 })
    await page.locator('.atlas-map[aria-busy="false"]').waitFor({ timeout: 30_000 })

    await page.keyboard.press('Tab')
    const skip = page.getByRole('button', { name: en['skip.map'] })
    expect(await skip.evaluate((button) => button === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate('document.activeElement?.classList.contains("maplibregl-canvas")')).toBe(true)
    expect(await page.locator('.maplibregl-canvas').getAttribute('aria-label')).toBe(en['map.label'])

    // Enter steps onto what is drawn nearest the centre; Enter on a cluster zooms into it, focus stays on a member;
    // the arrow keys step past links' arcs.
    await page.keyboard.press('Enter')
    await expect.poll(() => announced(page)).not.toBe('')
    expect(await page.locator('.atlas-map__focus').count()).toBe(1)
    for (let step = 0; step < 12 && !isInstitution(await announced(page)); step++) {
      if (!(await announced(page))?.endsWith(en['map.focus.zoomHint'])) {
        await page.keyboard.press(ARROWS[step % ARROWS.length] ?? 'ArrowRight')
        continue
      }
      await page.keyboard.press('Enter')
      await page.locator('.atlas-map[aria-busy="false"]').waitFor({ timeout: 30_000 })
      await page.waitForTimeout(500)
    }
    expect(isInstitution(await announced(page))).toBe(true)

    // The arrow keys move between institutions (each said as it is reached), not the map.
    const view = new URL(page.url()).searchParams.get('v')
    const said = new Set([await announced(page)])
    for (const key of ARROWS) {
      await page.keyboard.press(key)
      said.add(await announced(page))
    }
    expect(said.size).toBeGreaterThan(1)
    expect(new URL(page.url()).searchParams.get('v')).toBe(view)

    // Enter opens the focused institution (stepping on past links' arcs and clusters): its details are those the
    // map announced.
    for (let step = 0; step < 24 && !isInstitution(await announced(page)); step++) {
      await page.keyboard.press(ARROWS[step % ARROWS.length] ?? 'ArrowRight')
    }
    const name = (await announced(page))?.split('. ')[0] ?? ''
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('sel=i:')
    await expect.poll(() => page.locator('.details-title').first().textContent()).toContain(name)

    // Escape goes back to panning: the arrow keys move the map again.
    await page.locator('.maplibregl-canvas').focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Escape')
    await expect.poll(() => announced(page)).toBe(en['map.focus.left'])
    expect(await page.locator('.atlas-map__focus').count()).toBe(0)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).searchParams.get('v'), { timeout: 10_000 }).not.toBe(view)
  })

  it('reaches a partnership’s arc with the arrow keys, says its two ends, and opens it with Enter', async () => {
    const { page } = await suite.open('/', { width: 1280, height: 800 })
    await page.locator('.atlas-map[aria-busy="false"]').waitFor({ timeout: 30_000 })
    await page.locator('.maplibregl-canvas').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => announced(page)).not.toBe('')
    // The steps go round until a link is reached.
    for (let step = 0; step < 24 && !isLink(await announced(page)); step++) {
      await page.keyboard.press(ARROWS[step % ARROWS.length] ?? 'ArrowRight')
    }
    const link = (await announced(page)) ?? ''
    expect(isLink(link)).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toContain('sel=l:')
    const [from = '', to = ''] = (link.split('. ')[0] ?? '').split(' — ')
    const details = page.locator('.details-panel')
    await expect.poll(() => details.textContent()).toContain(from.trim())
    expect(await details.textContent()).toContain(to.trim())
  })

  it('gives focus back to the button that opened the table when it closes', async () => {
    const { page } = await suite.open('/', { width: 1280, height: 800 })
    await page.locator('.counts-bar').waitFor({ timeout: 30_000 })
    const table = page.getByRole('button', { name: en['toolbar.table'], exact: true })
    await table.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: en['table.close'] }).click()
    expect(await table.evaluate((button) => button === document.activeElement)).toBe(true)
  })

  it('skips past the toolbar and filters to the results', async () => {
    const { page } = await suite.open('/', { width: 1280, height: 800 })
    await page.locator('.counts-bar').waitFor({ timeout: 30_000 })
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    expect(await page.evaluate('document.activeElement?.id')).toBe('atlas-results')
  })
})
