import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { en, type Messages } from '../src/i18n/en'
import { es } from '../src/i18n/es'
import { LOCALES, type LocaleId } from '../src/i18n/locales'
import { pl } from '../src/i18n/pl'
import { zh } from '../src/i18n/zh'
import { axeViolations } from './axe'
import { englishFragments } from './englishFragments'
import { MAIN_VIEWS, THEMES } from './mainViews'
import { pageText } from './pageText'
import { e2eSuite } from './suite'

const MESSAGES: Record<LocaleId, Messages> = { en, zh, es, pl }

const isWordChar = /[\p{L}\p{N}]/u

/** Whether a fragment stands in a text as whole words. */
function containsWords(text: string, fragment: string): boolean {
  for (let at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
    if (!isWordChar.test(text.charAt(at - 1)) && !isWordChar.test(text.charAt(at + fragment.length)))
      return true
  }
  return false
}

/**
 * Switches the open page's theme as Back/Forward would: its URL changes and the app follows, dialogs stay open; the
 * page's colours are in place by the second frame (the map redraws in its own time, and axe does not read it).
 */
async function showTheme(page: Page, params: Readonly<Record<string, string>>): Promise<void> {
  await page.evaluate(`(() => {
    const url = new URL(location.href)
    for (const name of ['theme', 'o']) url.searchParams.delete(name)
    for (const [name, value] of Object.entries(${JSON.stringify(params)})) url.searchParams.set(name, value)
    history.pushState(null, '', url)
    dispatchEvent(new PopStateEvent('popstate'))
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })()`)
}

describe('every main view in every language and theme, from the production build', () => {
  const suite = e2eSuite()
  let names: string[] = []
  beforeAll(async () => {
    const lists = await Promise.all(
      ['institution.list', 'group.list', 'initiative.list'].map((list) =>
        suite.read<{ name: string }[]>(list),
      ),
    )
    names = lists.flat().map(({ name }) => name)
  })

  describe.each(Object.keys(LOCALES) as LocaleId[])('%s', (locale) => {
    const messages = MESSAGES[locale]

    it.each(MAIN_VIEWS)('$name: in the language, with nothing for axe at WCAG A/AA', async (view) => {
      const separator = view.path.includes('?') ? '&' : '?'
      const { page } = await suite.open(`${view.path}${separator}lang=${locale}`, {
        width: 1024,
        height: 720,
      })
      await page.locator(view.ready ?? '.counts-bar').waitFor({ timeout: 30_000 })
      if (view.open) await page.getByRole('button', { name: messages[view.open], exact: true }).click()
      // Once the map has said what it draws: its text is all there (its drawing, which axe does not read, may go on).
      await page.locator('.atlas-map__drawn:not(:empty)').first().waitFor({ timeout: 30_000 })
      expect(await page.evaluate('document.documentElement.lang')).toBe(LOCALES[locale].intl)

      if (locale !== 'en') {
        const text = (await pageText(page)).join('\n')
        const english = [...(await englishFragments(messages, locale, names))]
          .filter(([fragment]) => containsWords(text, fragment))
          .map(([fragment, key]) => `“${fragment}” (${key})`)
        expect(english).toEqual([])
      }

      const violations: string[] = []
      for (const theme of THEMES) {
        await showTheme(page, theme.params)
        violations.push(...(await axeViolations(page)).map((line) => `${theme.name}: ${line}`))
      }
      expect(violations).toEqual([])
    })
  })
})
