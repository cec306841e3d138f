/**
 * The api server's throughput under load, beside raw baselines measured in the same run: a benchmark, not a test,
 * so it exits 0 whether or not the goals hold. It makes a throwaway database on the PostgreSQL of DATABASE_URL,
 * starts the built server (dist/main.js) over it, loads each endpoint with autocannon and prints a markdown table;
 * the server and the database go away at the end, on error and on Ctrl-C. Progress goes to stderr, the table to
 * stdout.
 */
import { cpus } from 'node:os'
import { readEnv } from '../src/env'
import { trpcUrl } from '../src/testing/serve'
import { startApiServer } from './apiServer'
import { createThrowawayDatabase } from './database'
import { type LoadOptions, type Measurement, measure } from './measure'
import { startRawServer } from './rawServer'
import { costOverRaw, markdownTable, type Row } from './report'

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test'
/** Six rows of 2 + 6 s keep the whole run, start-up included, near a minute. */
const LOAD: LoadOptions = { connections: 50, warmUpSeconds: 2, seconds: 6 }
const INSTITUTION = 'lodz-university-of-technology'

const env = readEnv()
const stopping = new AbortController()
const cleanups: Array<() => Promise<void>> = []
let cleaning: Promise<void> | undefined

/** Undoes what the run made, newest first, once however many times it is asked; a failing step spares the rest. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup()
      } catch (error) {
        console.error('cleaning up failed:', error)
      }
    }
  })()
  return cleaning
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // The run stops where it is and its `finally` cleans up. The handler stays: a second Ctrl-C must not cut the
  // clean-up short and leave the server or the database behind.
  process.on(signal, () => {
    if (stopping.signal.aborted) return void console.error('still cleaning up…')
    console.error(`\n${signal}: stopping the load, the server and the database…`)
    stopping.abort(new Error(`stopped by ${signal}`))
  })
}

async function run(): Promise<void> {
  const adminUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL
  const database = await createThrowawayDatabase(adminUrl)
  cleanups.push(async () => {
    await database.drop()
    console.error(`dropped database ${database.name}`)
  })
  console.error(`created database ${database.name}; starting the api server (it migrates and seeds)…`)

  const api = await startApiServer({
    env: { ...process.env, DATABASE_URL: database.url },
    signal: stopping.signal,
    readyTimeoutMs: 60_000,
  })
  cleanups.push(api.stop)
  const raw = await startRawServer(database.url, env.POOL_SIZE)
  cleanups.push(raw.close)

  const urls = {
    health: `${api.base}/healthz`,
    institutionGet: `${api.base}${trpcUrl('institution.get', { id: INSTITUTION })}`,
    linkList: `${api.base}/trpc/link.list`,
    institutionList: `${api.base}/trpc/institution.list`,
    rawSelect1: `${raw.base}/select-1`,
    rawLinkList: `${raw.base}/link.list`,
  }
  const notes = await checkAnswers(urls)

  const load = async (label: string, url: string): Promise<Measurement> => {
    stopping.signal.throwIfAborted()
    api.assertRunning()
    console.error(`measuring ${label}…`)
    return measure(url, LOAD, stopping.signal)
  }
  const health = await load('GET /healthz', urls.health)
  const rawSelect1 = await load('raw select 1', urls.rawSelect1)
  const institutionGet = await load('institution.get', urls.institutionGet)
  const linkList = await load('link.list', urls.linkList)
  const rawLinkList = await load('raw link.list', urls.rawLinkList)
  const institutionList = await load('institution.list', urls.institutionList)
  api.assertRunning()

  const rows: Row[] = [
    { endpoint: 'GET /healthz', servedBy: 'api', measurement: health, goal: { kind: 'fast read' } },
    {
      endpoint: '↳ raw `select 1`',
      servedBy: 'node:http + pg.Pool',
      measurement: rawSelect1,
      goal: { kind: 'none', note: 'baseline for /healthz' },
    },
    {
      endpoint: `GET /trpc/institution.get (${INSTITUTION})`,
      servedBy: 'api',
      measurement: institutionGet,
      goal: { kind: 'fast read' },
    },
    {
      endpoint: 'GET /trpc/link.list',
      servedBy: 'api',
      measurement: linkList,
      goal: { kind: 'near raw', raw: rawLinkList },
    },
    {
      endpoint: '↳ raw link.list SQL',
      servedBy: 'node:http + pg.Pool',
      measurement: rawLinkList,
      goal: { kind: 'none', note: 'baseline for link.list' },
    },
    {
      endpoint: 'GET /trpc/institution.list',
      servedBy: 'api',
      measurement: institutionList,
      goal: { kind: 'none', note: 'no goal stated' },
    },
  ]

  const cpu = cpus()
  const pgVersion = database.version.split(' ').slice(0, 2).join(' ')
  console.log(
    `## API throughput: ${LOAD.connections} connections, ${LOAD.warmUpSeconds} s warm-up + ${LOAD.seconds} s per row\n`,
  )
  console.log(markdownTable(rows))
  console.log(
    [
      '',
      `link.list, api/raw: ${costOverRaw(linkList, rawLinkList).toFixed(2)}× the time per request ` +
        `(${Math.round(linkList.requestsPerSecond)} vs ${Math.round(rawLinkList.requestsPerSecond)} req/s), ` +
        `p99 ${linkList.p99Ms} vs ${rawLinkList.p99Ms} ms.`,
      `Machine: Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown cpu'}, ${pgVersion}; ` +
        `pool size ${env.POOL_SIZE}. autocannon runs in a worker thread of the bench process, the raw baseline on ` +
        'its main thread, the api in a child process: all share the machine with PostgreSQL.',
      'bytes/resp counts headers and body; no compression is asked for.',
      `Raw link.list SQL (from the db layer's listLinks): \`${raw.linkListSql}\``,
      ...notes,
    ].join('\n'),
  )
}

/** One request to each URL before the load: an endpoint that does not answer 200, or raw and api rows that differ, are worth a note. */
async function checkAnswers(urls: Record<string, string>): Promise<string[]> {
  const notes: string[] = []
  const bodies: Record<string, unknown> = {}
  for (const [name, url] of Object.entries(urls)) {
    const response = await fetch(url, {
      signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(10_000)]),
    })
    const text = await response.text()
    if (!response.ok)
      notes.push(`Note: ${name} answered ${response.status} before the load: ${text.slice(0, 200)}`)
    else bodies[name] = JSON.parse(text)
  }
  const apiLinks = (bodies.linkList as { result?: { data?: unknown[] } } | undefined)?.result?.data
  const rawLinks = bodies.rawLinkList
  if (Array.isArray(apiLinks) && Array.isArray(rawLinks) && apiLinks.length !== rawLinks.length) {
    notes.push(`Note: link.list answered ${apiLinks.length} links, the raw SQL ${rawLinks.length} rows.`)
  }
  return notes
}

try {
  await run()
} catch (error) {
  if (stopping.signal.aborted) process.exitCode = 130
  else {
    console.error('the benchmark could not run:', error)
    process.exitCode = 1
  }
} finally {
  await cleanUp()
}
