import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import type { BenchDataset } from '../generate/dataset'
import { type FramesDrawn, framesDuring } from './framesDrawn'
import { inFreshChromium } from './inFreshChromium'
import { guardPage, PageStopped, type Stop } from './pageGuard'
import type { SideFigures } from './sideFigures'
import { TIMEOUTS, VIEWPORT } from './viewport'

const RECORDER = fileURLToPath(new URL('./productRecorder.js', import.meta.url))

/** Hosts a request may go to: the atlas and the data all come from this machine. */
const THIS_MACHINE = new Set(['127.0.0.1', 'localhost', '[::1]'])
/** Schemes that never reach the network (MapLibre's own protocols among them). */
const NOT_NETWORK = new Set(['data:', 'blob:', 'atlas-glyphs:'])

/** Names the wait for the first idle atlas in a timeout, with what it needs of the build. */
const WAITING_FOR_THE_ATLAS =
  'the atlas (its map idle, told by .atlas-map[aria-busy] or, in a VITE_TEST_HOOKS=1 build, by window.__atlasMap, ' +
  'with every link in the counts bar)'

/** What the atlas side measured, with what it asked of the network. */
export interface ProductFigures extends SideFigures {
  /** How the idle map was told: the app's aria-busy / data-renders contract, or its test hook's `idle` event. */
  idleSignal: 'aria-busy' | 'test hook' | 'none'
  /** How long the click's handlers ran: the app's script for the filter change, before the map draws anything. */
  filterScriptMs: number | null
  /** Requests made between turning the initiative off and the map's next idle: there should be none. */
  filterRequests: string[]
  /** Requests that left 127.0.0.1 during the whole run: there should be none. */
  foreignRequests: string[]
}

/** What productRecorder.js puts on the page's window. */
interface RecorderWindow {
  __bench?: {
    idles: { t: number; renders: number | null; counts: string }[]
    clicks: number[]
    clickScripts: number[]
    contract: boolean
  }
}

/**
 * The product: the atlas at `appUrl` in a fresh Chromium, to its first idle map with every link of the data set
 * counted, then turning `initiative` off in the filter panel as a person would, to the next idle map.
 */
export async function measureProduct(
  appUrl: string,
  dataset: BenchDataset,
  initiative: { id: string; name: string },
  signal: AbortSignal,
): Promise<ProductFigures> {
  signal.throwIfAborted()
  const { result, peaks } = await inFreshChromium(async (browser) => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' })
    const page = await context.newPage()
    await page.addInitScript({ path: RECORDER })
    const requests: string[] = []
    context.on('request', (request) => requests.push(request.url()))
    let error: string | null = null
    page.on('pageerror', (thrown) => {
      error ??= thrown.message
    })
    const figures = {
      firstIdleMs: null as number | null,
      filterMs: null as number | null,
      filterFrames: null as FramesDrawn | null,
      filterScriptMs: null as number | null,
      stop: null as Stop | null,
      filterRequests: [] as string[],
    }
    let idleSignal: ProductFigures['idleSignal'] = 'none'
    const guard = guardPage(page, signal)
    try {
      figures.firstIdleMs = await guard.step(WAITING_FOR_THE_ATLAS, TIMEOUTS.firstIdleMs, async () => {
        await page.goto(`${appUrl}/`, { waitUntil: 'commit' })
        const firstIdle = await firstIdleWithAllLinks(page, dataset.links.length)
        idleSignal = await idleSignalOf(page)
        return firstIdle
      })
      const before = requests.length
      const { result, frames } = await guard.step('the atlas’s filter', TIMEOUTS.filterMs, () =>
        framesDuring(page, () => filterChange(page, initiative.name)),
      )
      figures.filterMs = result
      figures.filterFrames = frames
      figures.filterScriptMs = await page.evaluate(
        () => (globalThis as RecorderWindow).__bench?.clickScripts.at(-1) ?? null,
      )
      figures.filterRequests = requests.slice(before)
    } catch (thrown) {
      if (!(thrown instanceof PageStopped)) throw thrown
      figures.stop = thrown.stop
      error ??= thrown.stop === 'timed out' ? `${thrown.message} ${await lastSeen(page)}` : thrown.message
    }
    await context.close()
    return { ...figures, error, idleSignal, foreignRequests: requests.filter(leavesTheMachine) }
  })
  return { ...result, rendererPeakMB: peaks.rendererMB, gpuPeakMB: peaks.gpuMB }
}

function leavesTheMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  return !NOT_NETWORK.has(protocol) && !THIS_MACHINE.has(hostname)
}

/**
 * Milliseconds from navigation to the first idle map once the counts bar shows at least the data set's `links`
 * (the atlas keeps its seed's few beside them).
 */
async function firstIdleWithAllLinks(page: Page, links: number): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) =>
      (globalThis as RecorderWindow).__bench?.idles.find(
        (idle) =>
          (idle.renders === null || idle.renders >= 1) &&
          Number(/([\d.,\s\u00a0\u202f]+)links?\b/.exec(idle.counts)?.[1]?.replace(/\D/g, '') ?? -1) >=
            expected,
      )?.t ?? false,
    links,
    { polling: 250, timeout: 0 },
  )
  return Number(await handle.jsonValue())
}

/** Unticks the initiative in the filter panel and answers the milliseconds from the click to the next idle map. */
async function filterChange(page: Page, initiativeName: string): Promise<number> {
  // The accessible name is the initiative's name followed by its count of links.
  const name = new RegExp(`^${initiativeName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s`)
  const checkbox = page.getByRole('group', { name: 'Initiatives' }).getByRole('checkbox', { name })
  // On a narrow window the filter panel is behind its toggle.
  if (!(await checkbox.isVisible())) await page.locator('[aria-controls="filter-panel"]').click()
  const idlesBefore = await page.evaluate(() => (globalThis as RecorderWindow).__bench?.idles.length ?? 0)
  // The page may take far longer than playwright's 30 s to show the box unticked: the guard's deadline holds.
  await checkbox.uncheck({ timeout: 0 })
  const handle = await page.waitForFunction(
    (from) => {
      const bench = (globalThis as RecorderWindow).__bench
      const click = bench?.clicks.at(-1)
      const idle = bench?.idles.slice(from).find((candidate) => click !== undefined && candidate.t > click)
      return idle && click !== undefined ? idle.t - click : false
    },
    idlesBefore,
    { polling: 100, timeout: 0 },
  )
  return Number(await handle.jsonValue())
}

/** What the page showed last, to tell why it timed out; a hung page gets 5 s to say. */
async function lastSeen(page: Page): Promise<string> {
  const seen = await Promise.race([
    page.evaluate(() => {
      const bench = (globalThis as RecorderWindow).__bench
      return { idles: bench?.idles.length ?? 0, counts: bench?.idles.at(-1)?.counts ?? '' }
    }),
    sleep(5_000, null),
  ]).catch(() => null)
  return seen
    ? `(${seen.idles} idle maps seen, the last with “${seen.counts}”)`
    : '(and it did not say what it showed)'
}

async function idleSignalOf(page: Page): Promise<ProductFigures['idleSignal']> {
  const contract = await page.evaluate(() => (globalThis as RecorderWindow).__bench?.contract ?? false)
  return contract ? 'aria-busy' : 'test hook'
}
