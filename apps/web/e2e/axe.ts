import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the atlas is held to. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * What axe-core finds wrong with the page as it stands, at WCAG A and AA, one line per rule and element. Evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Put into the page once: a page moved to another view by its URL keeps it.
  if (!(await page.evaluate(`typeof axe !== 'undefined'`))) await page.evaluate(await axeSource)
  // Only the violations are written out in full (resultTypes), which spares axe most of its report.
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} }, resultTypes: ['violations'] }).then((result) =>
      result.violations.flatMap((violation) =>
        violation.nodes.map((node) => violation.id + ': ' + node.target.join(' ') + ' — ' + node.failureSummary.split('\\n').slice(1, 2).join(''))))`,
  )) as string[]
  return violations
}
