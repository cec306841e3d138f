import { readdir, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { LAYER_IDS } from '../src/map/layerIds'
import type { WatchedPage } from './browser'
import { drawnLinkIds, pixelsOfColour } from './mapProbe'
import { searchBox } from './searchBox'
import { e2eSuite } from './suite'

declare global {
  interface Window {
    /** The page's Content-Security-Policy violations (directive, what was blocked, where), from its first script on. */
    __cspViolations?: string[]
  }
}

const DIST = fileURLToPath(new URL('../dist', import.meta.url))
const ALL = '29 institutions · 27 links · 4 countries'
const CONSORTIUM_BLUE = '#3b82f6'

/** A response's policy as a map of directive to its sources. */
function directives(policy: string | null | undefined): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  )
}

/** Whether an answer is a source map: JSON with `version` and `mappings`, whatever its content type says. */
async function isSourceMap(response: Response): Promise<boolean> {
  const body = await response.text()
  try {
    const parsed = JSON.parse(body) as unknown
    return typeof parsed === 'object' && parsed !== null && 'version' in parsed && 'mappings' in parsed
  } catch {
    return false
  }
}

/** A page on another origin (localhost, another port) that frames the given URLs, each in a frame of its name. */
async function startFramingSite(frames: Record<string, string>): Promise<{ url: string; server: Server }> {
  const html = `<!doctype html><title>Another site</title>${Object.entries(frames)
    .map(([name, src]) => `<iframe name="${name}" src="${src}" width="640" height="400"></iframe>`)
    .join('')}`
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://localhost:${port}/`, server }
}

describe('the Content-Security-Policy, from the production build on the embedded database', () => {
  const suite = e2eSuite()
  /** A page that records CSP violations from its first script on, and the console's words about the policy. */
  const watchPolicy = async () => {
    const watched = await suite.openPage()
    const consoleReports: string[] = []
    watched.page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) consoleReports.push(message.text())
    })
    await watched.page.addInitScript(() => {
      const seen: string[] = []
      window.__cspViolations = seen
      document.addEventListener('securitypolicyviolation', (event) => {
        const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`
        seen.push(`${event.effectiveDirective} ${event.blockedURI} at ${where} ${event.sample}`.trim())
      })
    })
    return { watched, consoleReports }
  }
  const violations = (watched: WatchedPage) => watched.page.evaluate(() => window.__cspViolations ?? [])

  it('serves the app under a policy without inline script, and the map, its worker and its exports run under it', async () => {
    const { watched, consoleReports } = await watchPolicy()
    const { page } = watched
    const response = await page.goto(`${suite.url}/`)
    const headers = response?.headers() ?? {}
    const policy = directives(headers['content-security-policy'])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(headers['content-security-policy']).not.toContain('unsafe-')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')

    await expect.poll(() => page.locator('.counts-bar').textContent(), { timeout: 30_000 }).toBe(ALL)
    expect((await drawnLinkIds(page)).length).toBeGreaterThan(20)
    expect(await pixelsOfColour(page, CONSORTIUM_BLUE)).toBeGreaterThan(200)
    // MapLibre's worker runs from the app's own file, not from a blob: or data: copy of it.
    expect(page.workers().map((worker) => worker.url())).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/assets\/maplibre-gl-worker-[\w-]+\.mjs$/)]),
    )

    // A lazily loaded panel with its stylesheet, the share dialog's QR code and a PNG made from the map's canvas.
    await searchBox(page).fill('Lodz')
    await page.getByRole('option', { name: /Lodz University of Technology/ }).click()
    await page.getByRole('heading', { name: 'Lodz University of Technology' }).waitFor()
    await page.getByRole('button', { name: 'Share' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share and export' })
    await dialog.getByRole('img', { name: 'QR code of the link to this view' }).waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Export PNG' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.png$/)

    expect(await violations(watched)).toEqual([])
    expect(consoleReports).toEqual([])
  })

  it('lets another site frame the embed view, and not the full atlas', async () => {
    const embed = await fetch(`${suite.url}/?embed=1&title=Framed`)
    expect(directives(embed.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(['*'])
    expect(embed.headers.get('x-frame-options')).toBeNull()
    const full = await fetch(`${suite.url}/`)
    expect(directives(full.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"])
    expect(full.headers.get('x-frame-options')).toBe('DENY')

    const site = await startFramingSite({
      embed: `${suite.url}/?embed=1&title=Framed&i=sino-polish-consortium`,
      full: `${suite.url}/`,
    })
    try {
      const { watched, consoleReports } = await watchPolicy()
      const { page } = watched
      await page.goto(site.url)
      const embedded = page.frame({ name: 'embed' })
      const refused = page.frame({ name: 'full' })
      if (!embedded || !refused) throw new Error('the framing page has no frames')

      // The page's load waits for its frames. Chromium shows its own error page in the full atlas's frame: the app
      // never runs there.
      expect(refused.url()).toMatch(/^chrome-error:/)
      expect(await refused.locator('#root').count()).toBe(0)
      // Refusing the frame is the one thing the policy said, and Chromium logs it as an error.
      await expect.poll(() => consoleReports).toEqual([expect.stringMatching(/frame-ancestors 'none'/)])
      expect(watched.consoleErrors).toEqual(consoleReports)
      // That refusal is what this test asks for, not an error of the app.
      watched.consoleErrors.length = 0

      await embedded.getByRole('heading', { name: 'Framed' }).waitFor({ timeout: 30_000 })
      await embedded.waitForFunction(() => window.__atlasMap?.loaded() === true, undefined, {
        timeout: 60_000,
      })
      const drawn = await embedded.evaluate(
        (layers) => window.__atlasMap?.queryRenderedFeatures({ layers }).length ?? 0,
        [LAYER_IDS.arcs, LAYER_IDS.arcsSecondColour],
      )
      expect(drawn).toBeGreaterThan(0)
      expect(await embedded.evaluate(() => window.__cspViolations)).toEqual([])
      expect(consoleReports).toHaveLength(1)
    } finally {
      await new Promise((resolve) => site.server.close(resolve))
    }
  })

  it('builds no source maps into dist and serves none', async () => {
    const files = (await readdir(DIST, { recursive: true })).map(String)
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([])

    const scripts = files.filter((file) => /\.(m?js|css)$/.test(file))
    expect(scripts.length).toBeGreaterThan(0)
    for (const file of scripts) {
      const response = await fetch(`${suite.url}/${file.replaceAll('\\', '/')}.map`)
      expect(await isSourceMap(response), `${file}.map`).toBe(false)
      // A file copied as it is (MapLibre's worker) still names its map: that URL answers no map either.
      const named = /[#@] sourceMappingURL=(\S+)\s*$/.exec(await readFile(`${DIST}/${file}`, 'utf8'))?.[1]
      if (named) {
        const mapUrl = new URL(named, `${suite.url}/${file}`)
        expect(await isSourceMap(await fetch(mapUrl)), mapUrl.href).toBe(false)
      }
    }
  })
})
