import { networkInterfaces } from 'node:os'
import jsQR from 'jsqr'
import type { Frame, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from './server'
import { e2eSuite } from './suite'

/** This machine's first IPv4 address on a network: where people beside it would open the atlas. */
const NETWORK_IPV4 = Object.values(networkInterfaces())
  .flatMap((addresses) => addresses ?? [])
  .find((address) => address.family === 'IPv4' && !address.internal)?.address
const PUBLIC_URL = 'https://atlas.example.org/partners/'
const VIEW = '/?i=sino-polish-consortium'

/** The share dialog of the page, opened once its data is there. */
async function openShareDialog(page: Page): Promise<Locator> {
  await page.locator('.counts-bar').waitFor({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Share' }).click()
  return page.getByRole('dialog', { name: 'Share and export' })
}

const sharedLink = (dialog: Locator) =>
  dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue()
const embedCode = (dialog: Locator) =>
  dialog.getByRole('textbox', { name: 'Code to paste into a web page' }).inputValue()

/** The shared link, once it names `address`: the page's own until the server has said where it is reached. */
async function linkAt(dialog: Locator, address: string): Promise<string> {
  await expect.poll(async () => (await sharedLink(dialog)).slice(0, address.length)).toBe(address)
  return sharedLink(dialog)
}

/** What a phone reads from the QR code as the page draws it: a screenshot of it, decoded by jsQR. */
async function scanQrCode(page: Page, dialog: Locator): Promise<string | undefined> {
  const png = await dialog.getByRole('img', { name: 'QR code of the link to this view' }).screenshot()
  // The page's own decoder turns the PNG into the pixels jsQR reads.
  const { width, height, rgba } = await page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = new OffscreenCanvas(image.width, image.height)
    const context = canvas.getContext('2d')
    context?.drawImage(image, 0, 0)
    const pixels = context?.getImageData(0, 0, image.width, image.height).data ?? []
    return { width: image.width, height: image.height, rgba: Array.from(pixels) }
  }, png.toString('base64'))
  return jsQR(Uint8ClampedArray.from(rgba), width, height)?.data
}

describe('share links that work beyond this computer, from the production build', () => {
  /** A second server, with PUBLIC_URL: started beside the suite's, on the same build, to spare the wait for it. */
  let publicServer: Promise<RunningServer> | undefined
  beforeAll(() => {
    publicServer = startServer({ publicUrl: PUBLIC_URL })
  })
  afterAll(async () => {
    await (await publicServer)?.stop()
  })
  const suite = e2eSuite({ host: '0.0.0.0' })
  const open = async (url: string, size?: { width: number; height: number }) => {
    const watched = await suite.openPage(size)
    await watched.page.goto(url)
    return watched.page
  }
  const port = () => new URL(suite.url).port

  it.skipIf(!NETWORK_IPV4)(
    'shares the network address the browser came by, in the link, its QR code and the embed',
    async () => {
      const site = `http://${NETWORK_IPV4}:${port()}/`
      const page = await open(`${site}${VIEW.slice(1)}`)
      const dialog = await openShareDialog(page)
      const link = await linkAt(dialog, `${site}?i=sino-polish-consortium`)
      expect(await scanQrCode(page, dialog)).toBe(link)
      expect(await dialog.getByRole('note').count()).toBe(0)
      const embed = `<iframe src="${site}?i=sino-polish-consortium&amp;lang=en&amp;embed=1&amp;bounds=`
      expect((await embedCode(dialog)).startsWith(embed)).toBe(true)
    },
  )

  it('says on 127.0.0.1 that the link only works on this computer, and links the view on the network', async () => {
    const page = await open(suite.url + VIEW)
    const dialog = await openShareDialog(page)
    const link = await linkAt(dialog, `${suite.url}/?i=sino-polish-consortium`)
    expect(await scanQrCode(page, dialog)).toBe(link)
    const note = dialog.getByRole('note')
    await note.getByText('This link only works on this computer: 127.0.0.1').waitFor()
    const networkLinks = note.getByRole('link')
    if (NETWORK_IPV4) {
      const there = networkLinks.filter({ hasText: `${NETWORK_IPV4}:${port()}` })
      expect(await there.getAttribute('href')).toBe(
        link.replace(suite.url, `http://${NETWORK_IPV4}:${port()}`),
      )
    } else {
      await note.getByText(/HOST=0\.0\.0\.0/).waitFor()
    }
  })

  it('embeds what the map shows, fitted whole to frames of any shape', async () => {
    const page = await open(`${suite.url}/?c=PL&v=19.5,51.8,5`)
    const dialog = await openShareDialog(page)
    const src = /src="([^"]+)"/.exec(await embedCode(dialog))?.[1]?.replace(/&amp;/g, '&') ?? ''
    const shared = new URL(src).searchParams.get('bounds')?.split(',').map(Number) ?? []
    expect(shared).toHaveLength(4)
    const [west = 0, south = 0, east = 0, north = 0] = shared
    expect(west).toBeLessThan(east)

    for (const [width, height] of [
      [900, 300],
      [300, 600],
    ]) {
      // The host is a site's page, as an embed's is: frame-ancestors * admits any site, not a blank page.
      const host = await open(`${suite.url}/healthz`, { width: 1000, height: 700 })
      await host.setContent(`<iframe src="${src}" width="${width}" height="${height}"></iframe>`)
      const frame = await embeddedFrame(host)
      await frame.waitForFunction(() => window.__atlasMap?.loaded() === true, undefined, { timeout: 30_000 })
      const shown = await frame.evaluate(() => window.__atlasMap?.getBounds().toArray().flat() ?? [])
      const [shownWest = 0, shownSouth = 0, shownEast = 0, shownNorth = 0] = shown
      const margin = 1e-3
      // All of it in sight, and as large as fits: the frame's width or its height spans the shared bounds.
      expect(shownWest).toBeLessThanOrEqual(west + margin)
      expect(shownEast).toBeGreaterThanOrEqual(east - margin)
      expect(shownSouth).toBeLessThanOrEqual(south + margin)
      expect(shownNorth).toBeGreaterThanOrEqual(north - margin)
      const fill = Math.min(
        (shownEast - shownWest) / (east - west),
        (shownNorth - shownSouth) / (north - south),
      )
      expect(fill, `${width} × ${height}`).toBeLessThan(1.05)
    }
  })

  it('names PUBLIC_URL in the link, its QR code and the embed, even on a page opened at 127.0.0.1', async () => {
    const server = await publicServer
    const page = await open(`${server?.url}${VIEW}`)
    const dialog = await openShareDialog(page)
    const link = await linkAt(dialog, `${PUBLIC_URL}?i=sino-polish-consortium`)
    expect(await scanQrCode(page, dialog)).toBe(link)
    expect(await dialog.getByRole('note').count()).toBe(0)
    expect((await embedCode(dialog)).startsWith(`<iframe src="${PUBLIC_URL}?i=sino-polish-consortium`)).toBe(
      true,
    )
  })
})

/** The embedded page of the host page's one iframe. */
async function embeddedFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame()
  if (!frame) throw new Error('the iframe has no page')
  return frame
}
