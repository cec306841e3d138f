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
 * Moves the open page to another URL as Back/Forward would: the app follows the URL (selection, theme, a tour) and
 * keeps the page, which is much quicker than opening it again. Waits two frames, by when the page's colours and
 * panels are in place (the map redraws in its own time, and axe does not read it).
 */
async function showUrl(page: Page, change: string): Promise<void> {
  await page.evaluate(`(() => {
    ${change}
    history.pushState(null, '', url)
    dispatchEvent(new PopStateEvent('popstate'))
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })()`)
}

/** The view's path in the page's language. */
const pathIn = (path: string, locale: LocaleId) => `${path}${path.includes('?') ? '&' : '?'}lang=${locale}`

/** Its theme's parameters set on the page's URL, the others removed. */
const themed = (params: Readonly<Record<string, string>>) => `
    const url = new URL(location.href)
    for (const name of ['theme', 'o']) url.searchParams.delete(name)
    for (const [name, value] of Object.entries(${JSON.stringify(params)})) url.searchParams.set(name, value)`

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

  it.each(Object.keys(LOCALES) as LocaleId[])(
    '%s: every view in the language, with nothing for axe at WCAG A/AA in any theme',
    async (locale) => {
      const messages = MESSAGES[locale]
      const fragments = englishFragments(messages, locale, names)
      const { page } = await suite.open(pathIn('/', locale), { width: 1024, height: 720 })
      await page.locator('.counts-bar').waitFor({ timeout: 30_000 })
      expect(await page.evaluate('document.documentElement.lang')).toBe(LOCALES[locale].intl)
      const problems: string[] = []
      for (const view of MAIN_VIEWS) {
        await showUrl(
          page,
          `const url = new URL(${JSON.stringify(pathIn(view.path, locale))}, location.href)`,
        )
        const opener = view.open && page.getByRole('button', { name: messages[view.open], exact: true })
        if (opener) await opener.click()
        await page.locator(view.ready).first().waitFor({ timeout: 30_000 })
        // Once the map has said what it draws: its text is all there.
        await page.locator('.atlas-map__drawn:not(:empty)').first().waitFor({ timeout: 30_000 })
        if (locale !== 'en') {
          const text = (await pageText(page)).join('\n')
          for (const [fragment, key] of fragments) {
            if (containsWords(text, fragment)) problems.push(`${view.name}: “${fragment}” (${key})`)
          }
        }
        for (const theme of THEMES) {
          await showUrl(page, themed(theme.params))
          for (const line of await axeViolations(page)) problems.push(`${view.name}, ${theme.name}: ${line}`)
        }
        // Closed again, so that the next view opens on the map alone.
        if (view.open === 'toolbar.table')
          await page.getByRole('button', { name: messages['table.close'] }).click()
        else if (view.open) await page.keyboard.press('Escape')
      }
      expect(problems).toEqual([])
    },
    240_000,
  )
})
