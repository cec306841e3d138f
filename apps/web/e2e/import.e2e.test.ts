import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { drawnLinkIds } from './mapProbe'
import { searchBox } from './searchBox'
import { e2eSuite } from './suite'

const ADMIN = 'e2e-importer@example.org'
const PASSWORD = 'a long enough passphrase'
const SOURCE = 'sino-polish-consortium-2017'
const HEADER = 'name,kind,country,city,lat,lon,precision,source'

// Four partners, three of them wrong: line 3 names no country, line 4 puts Accra in Poland, line 5 is an
// institution the atlas already has.
const PARTNERS = `${HEADER}
University of Nairobi,university,KE,Nairobi,-1.2795,36.8163,campus,${SOURCE}
Pontificia Universidad Católica del Perú,university,XX,Lima,-12.0686,-77.0796,campus,${SOURCE}
University of Ghana,university,GH,Accra,52.2,21.0,city,${SOURCE}
Lodz University of Technology,university,PL,Łódź,51.7530,19.4530,city,${SOURCE}
`

// The same file fixed: the country written, Accra where it is, and the row the atlas has taken out.
const FIXED = `${HEADER}
University of Nairobi,university,KE,Nairobi,-1.2795,36.8163,campus,${SOURCE}
Pontificia Universidad Católica del Perú,university,Peru,Lima,-12.0686,-77.0796,campus,${SOURCE}
University of Ghana,university,GH,Accra,5.6505,-0.1962,city,${SOURCE}
`

const SOURCE_TITLE =
  'Memorandum of understanding between the University of Nairobi and Lodz University of Technology'
const PARTNERSHIPS = `from,to,kind,initiatives,start,status,source_title,source_url,source_publisher
University of Nairobi,Lodz University of Technology,cooperation_agreement,sino-polish-consortium,2024-05,active,${SOURCE_TITLE},https://www.uonbi.ac.ke/news/mou-lodz-tech,University of Nairobi
`

/** A register of institutions around Paris, long enough for the check to report its progress several times. */
const REGISTER_ROWS = 5000
const REGISTER = [
  HEADER,
  ...Array.from({ length: REGISTER_ROWS }, (_, i) => {
    const lat = (48.6 + (Math.floor(i / 100) * 0.5) / 50).toFixed(4)
    const lon = (2.0 + ((i % 100) * 0.8) / 100).toFixed(4)
    return `Institut d’essai ${i + 1},institute,FR,Paris,${lat},${lon},city,${SOURCE}`
  }),
].join('\n')

/** Starts keeping every text the dialog's status region shows, for `recordedStatus` to answer. */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector('.import-dialog [role="status"]')
    const seen: string[] = []
    Object.assign(window, { importStatusSeen: seen })
    if (!status) return
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  })
}

function recordedStatus(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { importStatusSeen: string[] }).importStatusSeen)
}

/** Chooses a file in the dialog as a person would from their disk. */
async function choose(dialog: Locator, name: string, text: string): Promise<void> {
  await dialog
    .getByLabel('Spreadsheet (CSV or XLSX)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') })
}

/** A count of the report's summary, by its label. */
function summaryCount(dialog: Locator, label: string): Promise<string | null> {
  return dialog
    .locator('.import-summary > div', { has: dialog.page().getByText(label, { exact: true }) })
    .locator('dd')
    .textContent()
}

/** Signs in through the admin's one-time link, as a new editor does on their first visit. */
async function signIn(page: Page): Promise<void> {
  const choosePassword = page.getByRole('dialog', { name: 'Choose your password' })
  await choosePassword.getByLabel('New password', { exact: true }).fill(PASSWORD)
  await choosePassword.getByLabel('The same password again', { exact: true }).fill(PASSWORD)
  await choosePassword.getByRole('button', { name: 'Save and sign in' }).click()
}

describe('an editor imports their partners from a spreadsheet in the production build', () => {
  const suite = e2eSuite({ admin: ADMIN })

  it('checks a file, fixes the rows it flags, imports it, then links the partners citing a new source', async () => {
    const { page } = await suite.open(suite.adminSignInPath)
    await signIn(page)
    await page.getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import from a spreadsheet' })
    const status = dialog.getByRole('status')
    const template = dialog.getByRole('link', { name: 'Download an empty template (CSV)' })
    expect(await template.getAttribute('download')).toBe('partnership-atlas-institutions-template.csv')

    // The dry run flags the three rows, by line and column, and withholds the import.
    await choose(dialog, 'partners.csv', PARTNERS)
    await dialog.getByRole('button', { name: 'Check', exact: true }).click()
    await status.getByText('3 problems found.', { exact: false }).waitFor()
    const problems = dialog.getByRole('table', { name: 'Problems, by line of the file' })
    expect(await problems.getByRole('rowheader').allTextContents()).toEqual(['3', '4', '5'])
    expect(await problems.locator('tbody td:first-of-type').allTextContents()).toEqual([
      'country',
      'lat',
      'name',
    ])
    await problems.getByText('the point 52.2, 21 is not in Ghana (GH); it lies in Poland (PL)').waitFor()
    await problems.getByText('"Lodz University of Technology" is the name of', { exact: false }).waitFor()
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true })
    expect(await importButton.isDisabled()).toBe(true)

    // Fixed and chosen again, it checks clean and imports, all rows at once.
    await choose(dialog, 'partners.csv', FIXED)
    await dialog.getByRole('button', { name: 'Check again' }).click()
    await status.getByText('No problems in 3 rows: they are ready to import.').waitFor()
    expect(await problems.count()).toBe(0)
    await importButton.click()
    await status.getByText('Imported 3 rows. The map shows them now.').waitFor()
    expect(await summaryCount(dialog, 'Created')).toBe('3')

    // Partnerships next: to an institution already in the atlas, citing a source described in the file.
    await dialog.getByRole('radio', { name: 'Partnerships' }).check()
    await choose(dialog, 'partnerships.csv', PARTNERSHIPS)
    await dialog.getByRole('button', { name: 'Check again' }).click()
    await status.getByText('No problems in 1 row: it is ready to import.').waitFor()
    expect(await summaryCount(dialog, 'To create')).toBe('1')
    expect(await summaryCount(dialog, 'New sources')).toBe('1')
    await importButton.click()
    await status.getByText('Imported 1 row. The map shows it now.').waitFor()

    // A longer file shows how far the check has come as the server reports it, a thousand rows at a time.
    await dialog.getByRole('radio', { name: 'Institutions' }).check()
    await choose(dialog, 'register.csv', REGISTER)
    await recordStatus(page)
    await dialog.getByRole('button', { name: 'Check again' }).click()
    await status
      .getByText(`No problems in ${REGISTER_ROWS.toLocaleString('en')} rows`, { exact: false })
      .waitFor()
    expect(await recordedStatus(page)).toContain('Checking: 1,000 rows so far')
    expect(await importButton.isEnabled()).toBe(true)
    await dialog.getByRole('button', { name: 'Close' }).click()

    // Found by search, on the map, with its partnership and the partnership's source.
    await searchBox(page).fill('University of Nairobi')
    await page.getByRole('option', { name: /^University of Nairobi/ }).click()
    const details = page.getByRole('complementary', { name: 'Details' })
    await details.getByRole('heading', { name: 'University of Nairobi', level: 2 }).waitFor()
    await details
      .getByRole('button', { name: 'Lodz University of Technology Politechnika Łódzka', exact: true })
      .waitFor()
    await details.getByRole('button', { name: 'Partnership details' }).click()
    await details.locator('cite', { hasText: SOURCE_TITLE }).waitFor()
    const link = /sel=l:([^&]+)/.exec(page.url())?.[1]
    expect(link).toBeDefined()
    await expect.poll(() => drawnLinkIds(page), { timeout: 20_000 }).toContain(link)
    await page.screenshot({ path: '/tmp/shot-import.png' })
  })
})
