import { existsSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { type Browser, chromium, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { CHROMIUM_LAUNCH } from './chromiumLaunch'

/** The host names of this machine: loopback, and its network addresses, at which a test may open the app too. */
const THIS_MACHINE = new Set([
  '127.0.0.1',
  'localhost',
  '[::1]',
  ...Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .map((address) => (address.family === 'IPv6' ? `[${address.address}]` : address.address)),
])

/** Debian's Chromium, headless, kept from reaching any host on its own (see shared/notes/browser.md). */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath } = CHROMIUM_LAUNCH
  if (!existsSync(executablePath)) {
    throw new Error(
      `${executablePath} is missing: install it with "apt-get install -y chromium" (.ci/run does)`,
    )
  }
  return chromium.launch(CHROMIUM_LAUNCH)
}

export interface WatchedPage {
  page: Page
  /** Requests that went anywhere but this machine. */
  foreignRequests: string[]
  consoleErrors: string[]
}

/** A page that records every request leaving this machine and every console error or uncaught exception. */
export async function openPage(browser: Browser, size = { width: 1440, height: 900 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: size })
  const page = await context.newPage()
  const watched: WatchedPage = { page, foreignRequests: [], consoleErrors: [] }
  page.on('request', (request) => {
    const url = new URL(request.url())
    const local = THIS_MACHINE.has(url.hostname)
    if (!local && !['data:', 'blob:', 'atlas-glyphs:'].includes(url.protocol))
      watched.foreignRequests.push(request.url())
  })
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => watched.consoleErrors.push(error.message))
  return watched
}

/**
 * The pages a test file opens. After each test (afterEach), `closeAll` closes them and expects that none asked
 * another host for anything or logged an error.
 */
export function pageTracker() {
  const opened: WatchedPage[] = []
  return {
    async open(browser: Browser, size?: { width: number; height: number }): Promise<WatchedPage> {
      const watched = await openPage(browser, size)
      opened.push(watched)
      return watched
    },
    async closeAll(): Promise<void> {
      const pages = opened.splice(0)
      await Promise.all(pages.map(({ page }) => page.context().close()))
      for (const { foreignRequests, consoleErrors } of pages) {
        expect(foreignRequests).toEqual([])
        expect(consoleErrors).toEqual([])
      }
    },
  }
}
