import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { launchBrowser, pageTracker, type WatchedPage } from './browser'
import { type RunningServer, type ServerOptions, startServer } from './server'

/**
 * What an end-to-end file runs against: the production build on a fresh embedded database, and a browser, started
 * before its tests and stopped after them. Every page a test opens is checked (nothing asked of another host,
 * nothing logged as an error) and closed after the test.
 */
export function e2eSuite(serverOptions: ServerOptions = {}) {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  const pages = pageTracker()
  beforeAll(async () => {
    // One after the other: a browser that cannot start must not leave a started server without its afterAll.
    server = await startServer(serverOptions)
    browser = await launchBrowser()
  })
  afterEach(() => pages.closeAll())
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  const url = (): string => {
    if (!server) throw new Error('the server has not started: ask for its url inside a test')
    return server.url
  }
  const openPage = (size?: { width: number; height: number }): Promise<WatchedPage> => {
    if (!browser) throw new Error('the browser has not started: open pages inside a test')
    return pages.open(browser, size)
  }
  return {
    /** The server's address, such as `http://127.0.0.1:41234` (no trailing slash). */
    get url(): string {
      return url()
    },
    /** With the `admin` option: the path of the admin's one-time sign-in link (`/?signin=…`). */
    get adminSignInPath(): string {
      if (!server?.adminSignInPath) throw new Error('no admin: start the suite with the admin option')
      return server.adminSignInPath
    },
    openPage,
    /** A page opened at `path` on the server (`/?i=…`). */
    async open(path = '/', size?: { width: number; height: number }): Promise<WatchedPage> {
      const watched = await openPage(size)
      await watched.page.goto(url() + path)
      return watched
    },
    /** What a tRPC query of the server answers, as the app would ask for it (GET /trpc/<procedure>?input=…). */
    async read<T>(procedure: string, input?: unknown): Promise<T> {
      const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`
      const response = await fetch(`${url()}/trpc/${procedure}${query}`)
      return ((await response.json()) as { result: { data: T } }).result.data
    },
  }
}
