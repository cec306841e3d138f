import type { Page } from 'playwright-core'

/**
 * Every text the page gives a reader, seen or heard: text nodes, and the labels, titles, placeholders and
 * alternative texts of its elements, hidden ones left out. Text marked as in another language than the page's
 * (a `lang` that differs) is left out too: that is content shown in its own language on purpose.
 */
export async function pageText(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const pageLang = document.documentElement.lang.split('-')[0]
    const foreign = (element) => {
      const marked = element.closest('[lang]')
      return marked !== null && marked !== document.documentElement && marked.lang.split('-')[0] !== pageLang
    }
    const hidden = (element) => element.closest('[hidden], [aria-hidden="true"], script, style, noscript') !== null
    const texts = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent.trim()
      if (text && parent && !hidden(parent) && !foreign(parent)) texts.push(text)
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
      if (hidden(element) || foreign(element)) continue
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name)
        if (value && value.trim()) texts.push(value.trim())
      }
    }
    return texts
  })()`)
}
