import type { Locator, Page } from 'playwright-core'
import { en } from '../src/i18n/en'

/** The atlas's search box (the toolbar's language list is a combobox too). */
export function searchBox(page: Page): Locator {
  return page.getByRole('combobox', { name: en['search.label'] })
}
