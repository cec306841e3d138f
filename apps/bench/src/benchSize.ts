import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { connect } from '@atlas/db'
import { sql } from 'kysely'
import { apiFigures } from './api/apiFigures'
import { type BenchFilter, benchFilters } from './api/benchFilters'
import { closeConnections } from './api/httpGet'
import type { Spread } from './api/percentiles'
import { explainLinkList, rawLinkList } from './api/rawBaseline'
import { type ServerDatabase, startServer } from './api/serverProcess'
import { measureBrowser } from './browser/measureBrowser'
import type { Cleanups } from './cleanups'
import { type BenchDataset, type BenchSize, generateDataset } from './generate/dataset'
import type { LatLng } from './generate/distance'
import type { LoadTimes } from './load/importDataset'
import { loadIntoPglite } from './load/pgliteTarget'
import { loadIntoPostgres } from './load/postgresTarget'
import type { Figure } from './report/figure'

/** The bench's own connection to a loaded database: reads and notices stay well clear of the 5 s default. */
const BENCH_STATEMENT_TIMEOUT_MS = 10 * 60_000

/** What a run shares between sizes. */
export interface BenchContext {
  /** The PostgreSQL where throwaway databases are made. */
  adminUrl: string
  seed: number
  /** The seed data's campuses, which the generated ones keep clear of. */
  avoid: readonly LatLng[]
  /** How long a fresh PGlite folder with only the seed takes to serve: the floor of a loaded folder's start. */
  seedOnlyStartMs: number
  /** Requests timed per figure. */
  times: number
  /** The built web app the server serves to the browser half. */
  webDist: string
  cleanups: Cleanups
  signal: AbortSignal
  progress: (message: string) => void
}

/** The figures of one size: each engine's, the browser's, and PostgreSQL's plan of the link list. */
export interface SizeResult {
  size: BenchSize
  institutions: number
  links: number
  postgres: Figure[]
  pglite: Figure[]
  postgresVersion: string
  explain: string
  browser: Record<string, string | number> | { error: string }
}

/**
 * One size end to end: generate, load into PostgreSQL and time the api over it (the browser half runs against
 * this server), then the same over a PGlite folder. Each database, folder and server goes as soon as its engine is
 * measured, so one engine's memory never weighs on the other's figures.
 */
export async function benchSize(size: BenchSize, context: BenchContext): Promise<SizeResult> {
  const { progress } = context
  progress(`${size}: generating`)
  const dataset = generateDataset(size, context.seed, context.avoid)
  const filters = benchFilters(dataset)
  const postgres = await benchPostgres(dataset, filters, context)
  const pglite = await benchPglite(dataset, filters, context)
  return {
    size,
    institutions: dataset.institutions.length,
    links: dataset.links.length,
    postgres: postgres.figures,
    pglite,
    postgresVersion: postgres.version,
    explain: postgres.explain,
    browser: postgres.browser,
  }
}

async function benchPostgres(dataset: BenchDataset, filters: readonly BenchFilter[], context: BenchContext) {
  const { cleanups, signal, progress } = context
  progress(`${dataset.size}: loading into PostgreSQL`)
  let dropDatabase: () => Promise<void> = async () => {}
  const loaded = await loadIntoPostgres(
    context.adminUrl,
    dataset,
    (drop) => {
      dropDatabase = cleanups.add('the PostgreSQL database', drop)
    },
    progress,
  )
  const connection = await connect({
    engine: 'postgres',
    url: loaded.url,
    statementTimeoutMs: BENCH_STATEMENT_TIMEOUT_MS,
  })
  const closeConnection = cleanups.add('the bench connection', () => connection.close())
  progress(`${dataset.size}: raw SQL on PostgreSQL`)
  const raw = await rawByFilter(filters, (filter) =>
    rawLinkList(connection.db, filter, context.times, signal),
  )
  const explain = await explainLinkList(connection.db)
  const server = await serve({ DATABASE_URL: loaded.url }, context)
  progress(`${dataset.size}: api on PostgreSQL`)
  const figures = [
    ...loadFigures(loaded.times, dataset),
    { label: 'server ready (spawn → /healthz 200)', value: server.readyMs, unit: 'ms' },
    ...(await apiFigures({
      base: server.base,
      filters,
      raw,
      cacheMiss: {
        kind: 'notify',
        notify: async () => {
          await sql`notify atlas_changed`.execute(connection.db)
        },
      },
      times: context.times,
      signal,
    })),
  ]
  const browser = await browserFigures(server.base, dataset, context)
  await server.stop()
  closeConnections()
  await closeConnection()
  await dropDatabase()
  return { figures, explain, version: loaded.version, browser }
}

async function benchPglite(dataset: BenchDataset, filters: readonly BenchFilter[], context: BenchContext) {
  const { cleanups, signal, progress } = context
  progress(`${dataset.size}: loading into PGlite`)
  let removeFolder: () => Promise<void> = async () => {}
  const loaded = await loadIntoPglite(
    dataset,
    (remove) => {
      removeFolder = cleanups.add('the PGlite folder', remove)
    },
    progress,
  )
  // The folder admits one process at a time: the raw SQL runs here before the server opens it.
  progress(`${dataset.size}: raw SQL on PGlite`)
  const connection = await connect({ engine: 'pglite', dataDir: loaded.dataDir })
  const closeConnection = cleanups.add('the bench PGlite', () => connection.close())
  const raw = await rawByFilter(filters, (filter) =>
    rawLinkList(connection.db, filter, context.times, signal),
  )
  await closeConnection()
  const server = await serve({ DATA_DIR: loaded.dataDir }, context)
  progress(`${dataset.size}: api on PGlite`)
  const figures: Figure[] = [
    ...loadFigures(loaded.times, dataset),
    {
      label: 'server ready (spawn → /healthz 200)',
      value: server.readyMs,
      unit: 'ms',
      floor: context.seedOnlyStartMs,
      floorIs: 'PGlite: a new folder, seed only',
    },
    ...(await apiFigures({
      base: server.base,
      filters,
      raw,
      cacheMiss: { kind: 'new-url' },
      times: context.times,
      signal,
    })),
  ]
  await server.stop()
  closeConnections()
  await removeFolder()
  return figures
}

/**
 * The browser half against the server. A browser that cannot run (no built web app, no Chromium) is told in the
 * report instead, and the api figures stand.
 */
async function browserFigures(
  appUrl: string,
  dataset: BenchDataset,
  { webDist, signal, progress }: BenchContext,
) {
  if (!existsSync(join(webDist, 'index.html'))) {
    return {
      error: `${webDist} has no index.html: build the web app first (turbo run build --filter=@atlas/web)`,
    }
  }
  progress(`${dataset.size}: browser`)
  return measureBrowser({ appUrl, dataset, signal }).catch((error: unknown) => {
    if (signal.aborted) throw error
    return { error: error instanceof Error ? error.message : String(error) }
  })
}

/** Starts the built server over a database, registered for clean-up from the moment it is spawned. */
async function serve(database: ServerDatabase, { cleanups, signal, webDist }: BenchContext) {
  let stop: () => Promise<void> = async () => {}
  const server = await startServer(database, webDist, signal, (stopServer) => {
    stop = cleanups.add('the api server', stopServer)
  })
  return { ...server, stop: () => stop() }
}

async function rawByFilter(
  filters: readonly BenchFilter[],
  measure: (filter: BenchFilter) => Promise<Spread & { rows: number }>,
): Promise<Map<string, Spread & { rows: number }>> {
  const raw = new Map<string, Spread & { rows: number }>()
  for (const filter of filters) raw.set(filter.name, await measure(filter))
  return raw
}

function loadFigures(times: LoadTimes, dataset: BenchDataset): Figure[] {
  return [
    { label: 'load: migrate + seed', value: times.prepareMs, unit: 'ms' },
    {
      label: `load: import ${dataset.institutions.length} institutions`,
      value: times.institutionsMs,
      unit: 'ms',
    },
    { label: `load: import ${dataset.links.length} links`, value: times.linksMs, unit: 'ms' },
    {
      label: 'load: links imported per second',
      value: dataset.links.length / (times.linksMs / 1000),
      unit: '/s',
    },
  ]
}
