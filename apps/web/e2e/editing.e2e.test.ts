import { describe, expect, it } from 'vitest'
import { drawnLinkIds, mapIdle } from './mapProbe'
import { e2eSuite } from './suite'

const ADMIN = 'e2e-admin@example.org'
const PASSWORD = 'a long enough passphrase'
const INSTITUTION = 'university-of-zambia'
const LINK = 'university-of-zambia-warsaw-university-of-technology'

describe('an editor curates the atlas in the production build', () => {
  const suite = e2eSuite({ admin: ADMIN })

  it('signs in by link, places an institution by city and pin, links it with a new source, and signs out', async () => {
    const { page } = await suite.open(suite.adminSignInPath)

    // The one-time link: a password is chosen, the token leaves the address, and the editing controls appear.
    const choose = page.getByRole('dialog', { name: 'Choose your password' })
    await choose.getByLabel('New password', { exact: true }).fill(PASSWORD)
    await choose.getByLabel('The same password again', { exact: true }).fill(PASSWORD)
    await choose.getByRole('button', { name: 'Save and sign in' }).click()
    await page.getByRole('button', { name: 'Add institution' }).click()
    expect(page.url()).not.toContain('signin=')

    // An institution placed by its city from the gazetteer, then its pin dragged to the campus.
    const form = page.getByRole('form', { name: 'New institution' })
    await form.getByLabel('Name', { exact: true }).fill('University of Zambia')
    await expect.poll(() => form.getByLabel('Id', { exact: true }).inputValue()).toBe(INSTITUTION)
    await form.getByLabel('Country', { exact: true }).selectOption('ZM')
    await form.getByLabel('City', { exact: true }).fill('Lusaka')
    await form
      .getByRole('button', { name: /^Lusaka/ })
      .first()
      .click()
    await expect
      .poll(() => form.getByLabel('Location precision', { exact: true }).inputValue(), { timeout: 10_000 })
      .toBe('city')
    const longitude = Number(await form.getByLabel('Longitude', { exact: true }).inputValue())
    expect(longitude).toBeGreaterThan(28)
    expect(longitude).toBeLessThan(28.5)

    await mapIdle(page)
    const pin = page.locator('.editing-pin')
    const box = await pin.boundingBox()
    if (!box) throw new Error('the pin is not on the map')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 8 })
    await page.mouse.up()
    await expect
      .poll(() => form.getByLabel('Location precision', { exact: true }).inputValue())
      .toBe('campus')
    expect(Number(await form.getByLabel('Longitude', { exact: true }).inputValue())).toBeGreaterThan(
      longitude,
    )

    await form.getByRole('group', { name: 'Sources' }).getByRole('checkbox').first().check()
    await form.getByRole('button', { name: 'Save' }).click()
    const details = page.getByRole('complementary', { name: 'Details' })
    await details.getByRole('heading', { name: 'University of Zambia', level: 2 }).waitFor()
    await details.locator('dd', { hasText: /^campus/ }).waitFor()

    // A partnership from it to an institution already in the atlas, citing a source written on the spot.
    await details.getByRole('button', { name: 'Add partnership' }).click()
    const linkForm = page.getByRole('form', { name: 'New partnership' })
    await linkForm.getByText('From University of Zambia').waitFor()
    await linkForm.getByLabel('Partner', { exact: true }).fill('Warsaw University of Tech')
    await linkForm.getByRole('button', { name: /^Warsaw University of Technology/ }).click()
    await expect.poll(() => linkForm.getByLabel('Id', { exact: true }).inputValue()).toBe(LINK)
    await linkForm.getByRole('group', { name: 'Initiatives' }).getByRole('checkbox').first().check()
    await linkForm.getByLabel('Start', { exact: true }).fill('2024-05')
    await linkForm.getByRole('button', { name: 'New source…' }).click()
    const source = linkForm.getByRole('group', { name: 'New source' })
    await source.getByLabel('Title', { exact: true }).fill('Memorandum of understanding between UNZA and WUT')
    await source.getByLabel('Publisher', { exact: true }).fill('University of Zambia')
    await source.getByLabel('Published on', { exact: true }).fill('2024-05-02')
    await source.getByLabel('Address (URL)', { exact: true }).fill('https://www.unza.zm/news/mou-wut')
    await source
      .getByLabel('Text or excerpt', { exact: true })
      .fill('The two universities signed a memorandum of understanding.')
    await linkForm.getByRole('button', { name: 'Save' }).click()

    // On the map, and in the institution's history.
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain(`sel=l:${LINK}`)
    await expect.poll(() => drawnLinkIds(page), { timeout: 20_000 }).toContain(LINK)
    await details.getByRole('button', { name: 'University of Zambia', exact: true }).click()
    await details.getByRole('heading', { name: 'University of Zambia', level: 2 }).waitFor()
    await details
      .getByRole('button', { name: 'Warsaw University of Technology Politechnika Warszawska', exact: true })
      .waitFor()
    await details.getByRole('button', { name: 'History' }).click()
    const entry = details.getByRole('listitem').filter({ hasText: `Created by ${ADMIN}` })
    await entry.getByRole('rowheader', { name: 'Location precision' }).waitFor()

    // Signed out, the editing controls are gone.
    await page.getByText(`Account: ${ADMIN}`).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('button', { name: 'Sign in' }).waitFor()
    for (const name of ['Add institution', 'Add partnership', 'History', 'Edit', 'Delete']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0)
    }
  })

  it('renames an initiative, and the filter panel shows the new name', async () => {
    const { page } = await suite.open('/')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const signIn = page.getByRole('dialog', { name: 'Sign in to edit the atlas' })
    await signIn.getByLabel('Email', { exact: true }).fill(ADMIN)
    await signIn.getByLabel('Password', { exact: true }).fill(PASSWORD)
    await signIn.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText(`Account: ${ADMIN}`).click()
    await page.getByRole('button', { name: 'Initiatives…' }).click()
    await page
      .getByRole('complementary', { name: 'Editing' })
      .getByRole('button', { name: /^Edit / })
      .first()
      .click()
    const form = page.getByRole('form', { name: /^Edit / })
    await form.getByLabel('Name', { exact: true }).fill('Renamed initiative')
    await form.getByRole('button', { name: 'Save' }).click()
    const filters = page.getByRole('navigation', { name: 'Filters' })
    await filters.getByText('Renamed initiative', { exact: true }).waitFor()
  })
})
