import { describe, expect, it } from 'vitest'
import { pl } from '../src/i18n/pl'
import { e2eSuite } from './suite'

const PHONE = { width: 390, height: 844 }

describe('a Polish delegation reads the atlas in Polish, from the production build', () => {
  const suite = e2eSuite()

  it('switches to Polski, finds Łódź, reads both scripts of the Chinese partners, and shares the link in Polish', async () => {
    const { page } = await suite.open('/', { width: 1280, height: 800 })
    await page.locator('.counts-bar').waitFor({ timeout: 30_000 })
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pl')
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('pl')
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('pl-PL')

    const search = page.getByRole('combobox', { name: pl['search.label'] })
    await search.fill('Łódź')
    await page.getByRole('option', { name: /Politechnika Łódzka/ }).waitFor()
    await search.press('ArrowDown')
    await search.press('Enter')
    const title = page.locator('.details-title').first()
    await expect.poll(() => title.textContent()).toContain('Politechnika Łódzka')
    expect(await title.locator('[lang="pl"]').first().textContent()).toBe('Politechnika Łódzka')
    // Its Chinese partners by both names: the English one, and the Chinese one beneath it, marked as Chinese.
    const chinese = page.locator('.partner-name [lang="zh"]').first()
    await chinese.waitFor()
    expect(await chinese.textContent()).toMatch(/\p{Script=Han}/u)
    expect(await page.getByRole('heading', { name: pl['details.partnerships'] }).count()).toBeGreaterThan(0)

    await page.getByRole('button', { name: pl['share.open'], exact: true }).click()
    const link = await page.getByRole('textbox', { name: pl['share.link'] }).inputValue()
    expect(new URL(link).searchParams.get('lang')).toBe('pl')
    expect(new URL(link).searchParams.get('sel')).toBe('i:lodz-university-of-technology')

    // A colleague's phone, whatever its own language, opens the link in Polish.
    const phone = await suite.openPage(PHONE)
    await phone.page.goto(`${suite.url}${new URL(link).pathname}${new URL(link).search}`)
    await phone.page.getByRole('combobox', { name: pl['search.label'] }).waitFor({ timeout: 30_000 })
    expect(await phone.page.evaluate('document.documentElement.lang')).toBe('pl-PL')
    await expect
      .poll(() => phone.page.locator('.details-title').first().textContent())
      .toContain('Politechnika Łódzka')
  })
})
