import { setTimeout as sleep } from 'node:timers/promises'
import type { Figure } from '../report/figure'
import type { BenchFilter } from './benchFilters'
import { httpGet } from './httpGet'
import { idsInAnswer, LINK_ANSWERS, MAP_QUERY, trpcPath } from './linkAnswers'
import type { Spread } from './percentiles'
import { spread } from './percentiles'

/**
 * How a timed request misses the server's answer cache (apps/api/src/readCache.ts), which keeps each GET answer by
 * its URL until the monitor's generation moves:
 * - PostgreSQL: the monitor LISTENs on `atlas_changed`, so a NOTIFY from the bench's own session moves it; the
 *   notice travels to the server's session asynchronously, so the bench waits a moment before the request.
 * - PGlite: the server holds the data folder alone, so the bench cannot notify it; and PGlite's monitor listens
 *   in-process, so the cache is on there too. A query parameter tRPC ignores makes each URL, and so each cache
 *   key, new: the answer is computed afresh, exactly as after a change.
 */
export type CacheMiss = { kind: 'notify'; notify: () => Promise<void> } | { kind: 'new-url' }

/** Long enough for a NOTIFY to reach the server's listening session over loopback. */
const NOTICE_SETTLE_MS = 50
const IDENTITY = { 'accept-encoding': 'identity' }

/** What the api figures of one engine need: the server, the filters and their floors. */
export interface ApiRun {
  base: string
  filters: readonly BenchFilter[]
  /** The raw SQL's timings and rows for each filter, by name: the floor under each timing. */
  raw: ReadonlyMap<string, Spread & { rows: number }>
  cacheMiss: CacheMiss
  /** Requests timed per figure. */
  times: number
  signal: AbortSignal
}

/**
 * The api's link query against a running server: uncached p50/p99 per filter beside the raw SQL, the cached p50
 * beside /healthz; bytes per link raw, gzip and brotli of the map's data path (the links in bytes) beside the api's
 * JSON lists, and an ETag round trip. Timed requests are sequential and uncompressed.
 */
export async function apiFigures(run: ApiRun): Promise<Figure[]> {
  const { base, signal, times } = run
  const get = (path: string, headers: Record<string, string> = IDENTITY) =>
    httpGet(`${base}${path}`, headers, signal)
  const timed = async (paths: (index: number) => Promise<string>) => {
    const timings: number[] = []
    let last: Buffer | undefined
    for (let index = 0; index < times; index += 1) {
      const answer = await get(await paths(index))
      if (answer.status !== 200)
        throw new Error(`${answer.status} from the server: ${answer.body.subarray(0, 300)}`)
      timings.push(answer.ms)
      last = answer.body
    }
    return { ...spread(timings), body: last ?? Buffer.alloc(0) }
  }

  const health = await timed(async () => '/healthz')
  const figures: Figure[] = []
  for (const filter of run.filters) {
    const path = trpcPath(MAP_QUERY, filter.input)
    const raw = run.raw.get(filter.name)
    const uncached = await timed((index) => missingCache(path, index, run.cacheMiss))
    // One unmeasured read puts the plain URL in the cache (on PGlite the timed reads went to other URLs).
    await get(path)
    const cached = await timed(async () => path)
    const name = `${MAP_QUERY} ${filter.name}`
    figures.push(
      {
        label: `${name}: links answered`,
        value: idsInAnswer(uncached.body),
        unit: 'links',
        floor: raw?.rows,
        floorIs: 'rows of the raw SQL',
      },
      {
        label: `${name}: uncached p50`,
        value: uncached.p50,
        unit: 'ms',
        floor: raw?.p50,
        floorIs: 'raw SQL + JSON.stringify, in process',
      },
      {
        label: `${name}: uncached p99`,
        value: uncached.p99,
        unit: 'ms',
        floor: raw?.p99,
        floorIs: 'raw SQL + JSON.stringify, in process',
      },
      {
        label: `${name}: uncached p50 over raw`,
        value: raw ? uncached.p50 / raw.p50 : '—',
        unit: '×',
        floor: 1,
        floorIs: 'the raw SQL itself',
      },
      {
        label: `${name}: cached p50`,
        value: cached.p50,
        unit: 'ms',
        floor: health.p50,
        floorIs: 'GET /healthz p50',
      },
    )
  }
  figures.push(...(await bytesPerLink(get)))
  for (const answer of LINK_ANSWERS.slice(0, 2))
    figures.push(await etagRoundTrip(get, answer.path, health.p50))
  return figures
}

async function missingCache(path: string, index: number, cacheMiss: CacheMiss): Promise<string> {
  if (cacheMiss.kind === 'new-url')
    return `${path}${path.includes('?') ? '&' : '?'}bench-run=${Date.now()}-${index}`
  await cacheMiss.notify()
  await sleep(NOTICE_SETTLE_MS)
  return path
}

type Get = (
  path: string,
  headers?: Record<string, string>,
) => Promise<{ status: number; body: Buffer; headers: Record<string, unknown>; ms: number }>

/**
 * Every link's bytes per link as sent raw, gzipped and in brotli, by each of LINK_ANSWERS; each JSON beside the
 * map's bytes in the same coding as its floor.
 */
async function bytesPerLink(get: Get): Promise<Figure[]> {
  const map = new Map<string, number>()
  const figures: Figure[] = []
  for (const [index, measured] of LINK_ANSWERS.entries()) {
    const plain = await get(measured.path)
    const links = measured.links(plain.body)
    for (const coding of ['identity', 'gzip', 'br'] as const) {
      const answer = coding === 'identity' ? plain : await get(measured.path, { 'accept-encoding': coding })
      const sent = answer.headers['content-encoding'] ?? 'identity'
      if (sent !== coding)
        throw new Error(`${measured.name} answered ${String(sent)} when asked for ${coding}`)
      const perLink = answer.body.length / Math.max(links, 1)
      if (index === 0) map.set(coding, perLink)
      figures.push({
        label: `${measured.name} whole: bytes per link, ${coding === 'identity' ? measured.raw : coding}`,
        value: perLink,
        unit: 'B',
        ...(index > 0 && { floor: map.get(coding), floorIs: `${LINK_ANSWERS[0]?.name}, same coding` }),
      })
    }
  }
  return figures
}

/** A repeat with the ETag of the first answer: 304 and no body, as a browser's revalidation gets it. */
async function etagRoundTrip(get: Get, path: string, healthP50: number): Promise<Figure> {
  const first = await get(path)
  const etag = first.headers.etag
  if (typeof etag !== 'string') throw new Error(`${path} answered without an ETag`)
  const repeat = await get(path, { ...IDENTITY, 'if-none-match': etag })
  return {
    label: `${path} again with If-None-Match: status (ms)`,
    value: `${repeat.status} (${repeat.ms.toFixed(1)})`,
    unit: 'status',
    floor: healthP50.toFixed(1),
    floorIs: 'GET /healthz p50 (ms)',
  }
}
