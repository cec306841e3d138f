import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { WatchedPage } from './browser'
import { searchBox } from './searchBox'
import { e2eSuite } from './suite'

const ADMIN = 'e2e-curation-admin@example.org'
const EDITOR = 'secretariat@example.org'
const ADMIN_PASSWORD = 'a long enough passphrase'
const EDITOR_PASSWORD = 'another long passphrase'
const LODZ = 'Lodz University of Technology'
const WEBSITE = 'https://www.p.lodz.pl'
const ALIAS = 'PŁ'
const MISTAKE = 'University of Lusaka'

/** Chooses a password in the dialog a one-time sign-in link opens. */
async function choosePassword(page: Page, password: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Choose your password' })
  await dialog.getByLabel('New password', { exact: true }).fill(password)
  await dialog.getByLabel('The same password again', { exact: true }).fill(password)
  await dialog.getByRole('button', { name: 'Save and sign in' }).click()
  await page.getByRole('button', { name: 'Add institution' }).waitFor()
}

/** Opens the signed-in person's account menu. */
async function openAccountMenu(page: Page, email: string): Promise<void> {
  await page.getByText(`Account: ${email}`).click()
}

function details(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Details' })
}

/** The edit form of an institution, opened from its details. */
async function editInstitution(page: Page, name: string): Promise<Locator> {
  await details(page).getByRole('heading', { name, level: 2 }).waitFor()
  await details(page).getByRole('button', { name: 'Edit', exact: true }).click()
  const form = page.getByRole('form', { name: `Edit ${name}` })
  await form.getByLabel('Website', { exact: true }).waitFor()
  return form
}

/** Takes out of a page's console errors those a refused request logs with its status, which the test expects. */
function takeRefusals(watched: WatchedPage, status: number): string[] {
  const refused = (message: string) => message.includes(`status of ${status}`)
  const refusals = watched.consoleErrors.filter(refused)
  watched.consoleErrors = watched.consoleErrors.filter((message) => !refused(message))
  return refusals
}

describe('a secretariat curates the atlas with its admin in the production build', () => {
  const suite = e2eSuite({ admin: ADMIN })

  it('invites an editor, refuses a stale save without losing either change, and restores a deleted record', async () => {
    // The admin signs in and invites a member of the secretariat, who gets a one-time link.
    const adminPage = await suite.open(suite.adminSignInPath)
    const admin = adminPage.page
    await choosePassword(admin, ADMIN_PASSWORD)
    await openAccountMenu(admin, ADMIN)
    await admin.getByRole('button', { name: 'Editors…' }).click()
    const editors = admin.getByRole('dialog', { name: 'Editors' })
    await editors.getByLabel('Email', { exact: true }).fill(EDITOR)
    await editors.getByRole('button', { name: 'Invite', exact: true }).click()
    const linkField = editors.getByLabel('One-time sign-in link')
    await linkField.waitFor()
    const invitation = await linkField.inputValue()
    expect(invitation).toMatch(/\/\?signin=/)
    await editors.getByRole('rowheader', { name: new RegExp(`^${EDITOR}`) }).waitFor()
    await editors.getByRole('button', { name: 'Close' }).click()

    // In a browser of their own (another cookie jar), the editor opens the link and chooses a password.
    const editorPage = await suite.openPage()
    const editor = editorPage.page
    await editor.goto(invitation)
    await choosePassword(editor, EDITOR_PASSWORD)
    expect(editor.url()).not.toContain('signin=')
    await openAccountMenu(editor, EDITOR)
    await editor.getByText('Editor', { exact: true }).waitFor()
    await editor.getByRole('button', { name: 'Recent changes…' }).waitFor()
    expect(await editor.getByRole('button', { name: 'Editors…' }).count()).toBe(0)
    await editor.keyboard.press('Escape')

    // Both open the same institution's form; the editor saves first.
    await Promise.all([
      admin.goto(`${suite.url}/?sel=i:lodz-university-of-technology`),
      editor.goto(`${suite.url}/?sel=i:lodz-university-of-technology`),
    ])
    const [adminForm, editorForm] = await Promise.all([
      editInstitution(admin, LODZ),
      editInstitution(editor, LODZ),
    ])
    await editorForm.getByLabel('Website', { exact: true }).fill(WEBSITE)
    await editorForm.getByRole('button', { name: 'Save' }).click()
    await details(editor).getByRole('link', { name: 'www.p.lodz.pl' }).waitFor()

    // The admin's save over a version they did not see is refused, with the editor's value beside theirs.
    const altNames = adminForm.getByLabel('Also known as', { exact: true })
    await altNames.fill(`TUL\n${ALIAS}`)
    await adminForm.getByRole('button', { name: 'Save' }).click()
    const conflict = adminForm
      .getByRole('alert')
      .filter({ hasText: 'Someone else saved this record since you opened it' })
    await conflict.waitFor()
    const websiteRow = conflict.getByRole('row', { name: /^Website/ })
    expect(await websiteRow.getByRole('cell').allTextContents()).toEqual(['—', WEBSITE])
    await conflict.getByRole('button', { name: 'Use their version' }).click()
    expect(await adminForm.getByLabel('Website', { exact: true }).inputValue()).toBe(WEBSITE)
    expect(await conflict.count()).toBe(0)

    // Starting from theirs, the admin makes their change again: both are kept.
    await altNames.fill(`TUL\n${ALIAS}`)
    await adminForm.getByRole('button', { name: 'Save' }).click()
    await details(admin).getByRole('link', { name: 'www.p.lodz.pl' }).waitFor()
    await details(admin).getByText(`TUL and ${ALIAS}`).waitFor()
    expect(takeRefusals(adminPage, 409)).toHaveLength(1)
    const { institution } = await suite.read<{ institution: { website: string | null; altNames: string[] } }>(
      'institution.get',
      { id: 'lodz-university-of-technology' },
    )
    expect(institution).toMatchObject({ website: WEBSITE, altNames: ['TUL', ALIAS] })

    // The editor adds an institution, then deletes it by mistake.
    await editor.getByRole('button', { name: 'Add institution' }).click()
    const newForm = editor.getByRole('form', { name: 'New institution' })
    await newForm.getByLabel('Name', { exact: true }).fill(MISTAKE)
    await newForm.getByLabel('Country', { exact: true }).selectOption('ZM')
    await newForm.getByLabel('City', { exact: true }).fill('Lusaka')
    await newForm
      .getByRole('button', { name: /^Lusaka/ })
      .first()
      .click()
    await expect
      .poll(() => newForm.getByLabel('Location precision', { exact: true }).inputValue())
      .toBe('city')
    await newForm.getByRole('group', { name: 'Sources' }).getByRole('checkbox').first().check()
    await newForm.getByRole('button', { name: 'Save' }).click()
    await details(editor).getByRole('heading', { name: MISTAKE, level: 2 }).waitFor()
    await details(editor).getByRole('button', { name: 'Delete', exact: true }).click()
    await details(editor).getByRole('button', { name: 'Yes, delete it' }).click()
    await details(editor).getByRole('heading', { name: MISTAKE }).waitFor({ state: 'detached' })
    await expect.poll(() => searchOptions(editor, MISTAKE), { timeout: 20_000 }).toEqual([])

    // The admin finds the deletion among the recent changes and restores the record as it was.
    await openAccountMenu(admin, ADMIN)
    await admin.getByRole('button', { name: 'Recent changes…' }).click()
    const recent = admin.getByRole('dialog', { name: 'Recent changes' })
    const deletion = recent
      .getByRole('listitem')
      .filter({ hasText: `institution: ${MISTAKE}` })
      .filter({ hasText: `Deleted by ${EDITOR}` })
    await deletion.getByRole('button', { name: 'Restore it as it was' }).click()
    await deletion.getByRole('status').getByText('Restored.').waitFor()
    await recent
      .getByRole('listitem')
      .filter({ hasText: `institution: ${MISTAKE}` })
      .filter({ hasText: `Restored by ${ADMIN}` })
      .waitFor()
    await recent.getByRole('button', { name: 'Close' }).click()

    // Back in search and on its details, its history tells what happened.
    await searchBox(admin).fill(MISTAKE)
    await admin.getByRole('option', { name: new RegExp(`^${MISTAKE}`) }).click()
    await details(admin).getByRole('heading', { name: MISTAKE, level: 2 }).waitFor()
    await details(admin).getByRole('button', { name: 'History' }).click()
    const history = details(admin).getByRole('listitem')
    await history.first().getByText(`Restored by ${ADMIN}`).waitFor()
    await history.filter({ hasText: `Deleted by ${EDITOR}` }).waitFor()
    await history.filter({ hasText: `Created by ${EDITOR}` }).waitFor()
  }, 120_000)
})

/** The options the search offers for a text, by name. */
async function searchOptions(page: Page, text: string): Promise<string[]> {
  await searchBox(page).fill(text)
  return page.getByRole('option', { name: new RegExp(`^${text}`) }).allTextContents()
}
