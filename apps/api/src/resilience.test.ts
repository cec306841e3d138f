// The built server (dist/main.js: turbo builds it before the tests; by hand, `node build.mjs` first) as a process of
// its own, over a PostgreSQL of the test's own that the tests stop, crash and start under the load of 50 clients.
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { describeLoad, type Load, type LoadSummary, type Outcome, startLoad, tally } from './testing/load'
import { type PostgresCluster, startPostgresCluster } from './testing/postgresCluster'
import { trpcUrl } from './testing/serve'
import { type ServerProcess, startServerProcess } from './testing/serverProcess'
import { until } from './testing/until'

const CLIENTS = 50
const PATHS = [
  '/healthz',
  '/trpc/institution.list',
  '/trpc/link.list',
  trpcUrl('institution.get', { id: 'lodz-university-of-technology' }),
  '/trpc/initiative.list',
]
/** Load before the trouble, so it meets a server in its stride. */
const WARM_MS = 1_000
const DOWN_MS = 1_500
/**
 * The health monitor probes four times a second: an outage shows on /healthz within a second on a quiet machine (the
 * figure is printed). The bound leaves room for CI, where this test's own 50 clients and the other suites share
 * two cores and a health request may be sent or answered seconds late.
 */
const NOTICE_MS = 5_000
const RECOVERY_MS = 5_000
/** Load kept beyond the recovery bound, so "everything is 200" has answers behind it. */
const EVIDENCE_MS = 1_000
const SHUTDOWN_MS = 10_000
/** A signal is handled on a later turn of the server's event loop: a request sent this soon after may be served. */
const SIGNAL_LATENCY_MS = 200
/**
 * Load before a SIGTERM: long enough that every client's first request has been taken in. On a CI machine busy with
 * the other packages' tests, a fresh process took over a second to accept its first burst of 50 connections, and a
 * connection still waiting in the kernel's queue is reset when the port closes: no server can answer it.
 */
const SIGTERM_WARM_MS = 3_000

let cluster: PostgresCluster
beforeAll(async () => {
  cluster = await startPostgresCluster()
})
afterAll(async () => {
  await cluster?.destroy()
})

// Whatever a test leaves behind when it fails half-way: its server goes first, so its load's requests end at once.
const leftovers: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanUp of leftovers.splice(0)) await cleanUp()
  if (!cluster.running) await cluster.start()
})

async function spawnServer(): Promise<ServerProcess> {
  const server = await startServerProcess({ env: { DATABASE_URL: cluster.url } })
  leftovers.push(() => server.destroy())
  return server
}

function loadOn(server: ServerProcess): Load {
  const load = startLoad({ base: server.base, paths: PATHS, clients: CLIENTS })
  leftovers.push(() => load.stop())
  return load
}

/** A server on the cluster that answers /healthz with 200 (the first one migrates and seeds the database). */
async function healthyServer(): Promise<ServerProcess> {
  const server = await spawnServer()
  const healthy = () =>
    fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(1_000) }).then(
      (response) => response.status === 200,
      () => false,
    )
  if (!(await until(healthy, 30_000))) {
    throw new Error(`the server never became healthy; its output:\n${server.outputTail()}`)
  }
  return server
}

/** Answers with a status other than 200 and 503, e.g. `500 ×3`: a client cannot tell those from a bug. */
const unexpectedStatuses = (summary: LoadSummary) =>
  Object.entries(summary.byStatus)
    .filter(([status]) => status !== '200' && status !== '503')
    .map(([status, n]) => `${status} ×${n}`)

/** e.g. `200 ×49, ECONNRESET ×1`. */
function counts(outcomes: readonly Outcome[]): string {
  const { byStatus, errors } = tally(outcomes)
  return Object.entries({ ...byStatus, ...errors })
    .map(([what, n]) => `${what} ×${n}`)
    .join(', ')
}

/** What a JSON log line says (its msg), or the line itself. */
const said = (line: string) => /"msg":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1] ?? line

/** The server under load while `interrupt` hurts its database and `restore` (if any) brings it back. */
async function underTrouble(interrupt: () => Promise<unknown>, restore?: () => Promise<void>) {
  const server = await healthyServer()
  const load = loadOn(server)
  await sleep(WARM_MS)
  const troubleAt = Date.now()
  const interrupted = await interrupt()
  const interruptMs = Date.now() - troubleAt
  if (restore) {
    await sleep(DOWN_MS)
    await restore()
  }
  const backAt = Date.now()
  await sleep(RECOVERY_MS + EVIDENCE_MS)
  const summary = await load.stop()
  const healthDown = load.firstAnswer('/healthz', 503, troubleAt)
  return {
    interrupted,
    interruptMs,
    summary,
    healthNoticeMs: healthDown ? healthDown.at - troubleAt : undefined,
    healthSentMs: healthDown ? healthDown.sentAt - troubleAt : undefined,
    recoveryMs: load.allOkSince() - backAt,
    answersAfterBound: load.timeline.filter((o) => o.sentAt >= backAt + RECOVERY_MS).length,
    alive: server.alive,
    output: server.outputTail(),
  }
}

type Trouble = Awaited<ReturnType<typeof underTrouble>>

function expectSurvived(trouble: Trouble) {
  expect.soft(trouble.alive, `the server process ended; its output:\n${trouble.output}`).toBe(true)
  expect.soft(unexpectedStatuses(trouble.summary), 'answers other than 200 and 503').toEqual([])
  expect.soft(trouble.summary.missingRetryAfter, '503s without Retry-After').toBe(0)
  expect
    .soft(trouble.summary.errors, 'requests without an answer (reset, refused, cut, timed out)')
    .toEqual({})
  expect
    .soft(trouble.recoveryMs, 'ms from PostgreSQL back to everything 200')
    .toBeLessThanOrEqual(RECOVERY_MS)
  expect.soft(trouble.answersAfterBound, 'answers after the recovery bound').toBeGreaterThan(0)
}

const printFigures = (label: string, trouble: Trouble) =>
  console.log(
    `${label}: ${describeLoad(trouble.summary)}; /healthz 503 ${
      trouble.healthNoticeMs === undefined
        ? 'never'
        : `answered ${trouble.healthNoticeMs} ms after (sent ${trouble.healthSentMs} ms after)`
    }; last non-200 ${trouble.recoveryMs} ms after PostgreSQL was back; process ${trouble.alive ? 'alive' : 'DEAD'}`,
  )

describe(`the built server under ${CLIENTS} clients survives its database`, () => {
  it.each(['fast', 'immediate'] as const)('stopped with -m %s and started again', async (mode) => {
    const trouble = await underTrouble(
      () => cluster.stop(mode),
      () => cluster.start(),
    )
    printFigures(`stop -m ${mode} (took ${trouble.interruptMs} ms) for ${DOWN_MS} ms`, trouble)
    expectSurvived(trouble)
    expect
      .soft(trouble.healthNoticeMs ?? Number.POSITIVE_INFINITY, 'ms from the stop to a 503 of /healthz')
      .toBeLessThanOrEqual(NOTICE_MS)
  })

  // The database stays up and the sessions come back at once, so /healthz need not go 503 (its figure is printed).
  it('its sessions terminated', async () => {
    const trouble = await underTrouble(() => cluster.terminateBackends())
    printFigures(`${trouble.interrupted} backends terminated`, trouble)
    expectSurvived(trouble)
  })

  it('down when the server starts: it waits, says so once per attempt, answers 503, then serves', async () => {
    await cluster.stop('fast')
    // Resolves once the port answers, so it also proves the process listens while it waits.
    const server = await spawnServer()
    const load = loadOn(server)
    await sleep(DOWN_MS + WARM_MS)
    const upAt = Date.now()
    await cluster.start()
    const served = await until(
      () => load.timeline.some((o) => o.status === 200 && o.sentAt >= upAt && o.path !== '/healthz'),
      RECOVERY_MS * 2,
    )
    await sleep(EVIDENCE_MS)
    const summary = await load.stop()
    const firstServed = load.timeline.find((o) => o.status === 200 && o.sentAt >= upAt)
    const whileDown = load.timeline.filter((o) => o.at < upAt)
    const attempts = server.lines.filter(
      (line) => line.at < upAt && /attempt|reach|ECONNREFUSED/i.test(line.text),
    )
    const downFor = upAt - (server.lines[0]?.at ?? upAt)
    console.log(
      `start while down: ${describeLoad(summary)}; ${attempts.length} attempt lines in ${downFor} ms ` +
        `(first: ${attempts[0] ? said(attempts[0].text) : 'none'}); first 200 ${
          firstServed ? `${firstServed.at - upAt} ms` : 'never'
        } after PostgreSQL started; process ${server.alive ? 'alive' : 'DEAD'}`,
    )
    expect.soft(server.alive, `the server process ended; its output:\n${server.outputTail()}`).toBe(true)
    expect.soft(attempts.length, 'lines saying a connection attempt failed').toBeGreaterThanOrEqual(2)
    // One line per attempt, not one per failed request: attempts are a few hundred ms apart at least.
    expect.soft(attempts.length, 'attempt lines (a flood?)').toBeLessThanOrEqual(1 + downFor / 250)
    expect.soft(whileDown.length, 'answers while PostgreSQL was down').toBeGreaterThan(0)
    expect
      .soft(
        whileDown.filter((o) => o.status !== 503).map((o) => `${o.path} ${o.status || o.error}`),
        'answers other than 503 while PostgreSQL was down',
      )
      .toEqual([])
    expect.soft(unexpectedStatuses(summary), 'answers other than 200 and 503').toEqual([])
    expect.soft(summary.missingRetryAfter, '503s without Retry-After').toBe(0)
    expect.soft(summary.errors, 'requests without an answer').toEqual({})
    expect.soft(served, `served 200 within ${RECOVERY_MS * 2} ms of PostgreSQL starting`).toBe(true)
  })
})

describe(`the built server under ${CLIENTS} clients stops cleanly`, () => {
  it('SIGTERM: the requests in flight finish, new ones get 503 or a closed port, and it exits 0', async () => {
    const server = await healthyServer()
    const load = loadOn(server)
    await sleep(SIGTERM_WARM_MS)
    const signalAt = Date.now()
    server.kill('SIGTERM')
    const exit = await Promise.race([server.exited, sleep(SHUTDOWN_MS + 2_000).then(() => undefined)])
    // A moment more of load, so clients meet the closed port.
    await sleep(300)
    const summary = await load.stop()

    const before = load.timeline.filter((o) => o.at < signalAt)
    const inFlight = load.timeline.filter((o) => o.sentAt < signalAt && o.at >= signalAt)
    const after = load.timeline.filter((o) => o.sentAt >= signalAt)
    // Served, turned away with a 503, or refused a new connection: anything else lost a request.
    const acceptable = (o: Outcome) =>
      o.status === 503 ||
      (o.status === 200 && o.sentAt - signalAt <= SIGNAL_LATENCY_MS) ||
      (o.error === 'ECONNREFUSED' && !o.reusedSocket)
    const explain = (o: Outcome) =>
      `${o.path} ${o.status || o.error} sent ${o.sentAt - signalAt} ms after the signal on a ${
        o.reusedSocket ? 'kept-alive' : 'new'
      } connection`
    console.log(
      `SIGTERM: ${describeLoad(summary)}; in flight at the signal: ${inFlight.length} (${counts(inFlight)}); ` +
        `sent after it: ${after.length} (${counts(after)}); exit ${
          exit
            ? `code ${exit.code} signal ${exit.signal} ${exit.at - signalAt} ms after the signal`
            : 'NOT within bound'
        }`,
    )
    expect
      .soft(exit, `no exit within ${SHUTDOWN_MS + 2_000} ms; output:\n${server.outputTail()}`)
      .toBeDefined()
    expect.soft(exit?.code, `exit code; output:\n${server.outputTail()}`).toBe(0)
    expect
      .soft(exit ? exit.at - signalAt : Number.POSITIVE_INFINITY, 'ms from SIGTERM to exit')
      .toBeLessThanOrEqual(SHUTDOWN_MS)
    expect.soft(before.filter((o) => o.error).map(explain), 'failures before the signal').toEqual([])
    expect.soft(inFlight.length, 'requests in flight at the signal').toBeGreaterThan(0)
    expect
      .soft(
        inFlight.filter((o) => o.error).map(explain),
        'requests in flight at the signal without an answer',
      )
      .toEqual([])
    expect
      .soft(
        after.filter((o) => !acceptable(o)).map(explain),
        'requests sent after the signal that got neither an answer nor a refused new connection',
      )
      .toEqual([])
    expect.soft(unexpectedStatuses(summary), 'answers other than 200 and 503').toEqual([])
    expect.soft(summary.missingRetryAfter, '503s without Retry-After').toBe(0)
  })
})
