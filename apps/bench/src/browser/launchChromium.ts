import { type Browser, chromium } from 'playwright-core'
import { CHROMIUM_LAUNCH } from '../../../web/e2e/chromiumLaunch'

/** A headless Chromium of its own, and the process id its memory is read through. */
export interface LaunchedChromium {
  browser: Browser
  /** The browser process: its renderers and GPU process are its descendants. */
  pid: number
  close(): Promise<void>
}

/**
 * Debian's Chromium, fresh and headless, kept from reaching any host on its own (shared/notes/browser.md).
 * Launched as a server so that its process id, which `launch` keeps to itself, can be read.
 */
export async function launchChromium(): Promise<LaunchedChromium> {
  const server = await chromium.launchServer(CHROMIUM_LAUNCH)
  const pid = server.process().pid
  if (pid === undefined) {
    await server.close()
    throw new Error('Chromium started without a process id')
  }
  const browser = await chromium.connect(server.wsEndpoint()).catch(async (error: unknown) => {
    await server.close()
    throw error
  })
  return {
    browser,
    pid,
    close: async () => {
      await browser.close().catch(() => undefined)
      await server.close()
    },
  }
}
