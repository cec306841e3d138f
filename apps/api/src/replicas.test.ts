// Two built servers (dist/main.js: turbo builds it before the tests; by hand, `node build.mjs` first) on one
// PostgreSQL database, as behind a load balancer: whatever one server does, the other sees, because neither keeps
// state of its own beyond answers it is told to drop.
import { randomBytes } from 'node:crypto'
import { addAccount, TEST_PASSWORD } from '@atlas/api/testing'
import { type Connection, connect } from '@atlas/db'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trpcUrl } from './testing/serve'
import { type ServerProcess, startServerProcess } from './testing/serverProcess'
import { until } from './testing/until'

const EDITOR = 'replica-editor@example.org'
const INSTITUTION = 'beihang-university'
const WEB_CLIENT = { 'content-type': 'application/json', 'x-atlas-client': 'web' }
/** Both servers migrate and seed the empty database as they start, on a machine busy with other tests. */
const READY_MS = 60_000
/** A change notice reaches the other server's LISTEN session within milliseconds; this leaves room for a busy machine. */
const NOTICE_MS = 2_000

/** An empty database of the PostgreSQL at `adminUrl`, so the servers find it as a fresh deployment would. */
async function emptyDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `atlas_replicas_${process.pid}_${randomBytes(4).toString('hex')}`
  const asAdmin = async (statement: string) => {
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    try {
      await admin.query(statement)
    } finally {
      await admin.end()
    }
  }
  await asAdmin(`create database ${name}`)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => asAdmin(`drop database if exists ${name} with (force)`) }
}

interface TrpcAnswer<T> {
  status: number
  data: T
  headers: Headers
}

async function answerOf<T>(response: Response): Promise<TrpcAnswer<T>> {
  const body = (await response.json()) as { result?: { data: T } }
  return { status: response.status, data: body.result?.data as T, headers: response.headers }
}

/** A tRPC read, anonymous (shared by everyone, so kept in the server's answer cache) unless a cookie is given. */
async function read<T>(server: ServerProcess, procedure: string, input?: unknown, cookie?: string) {
  return answerOf<T>(
    await fetch(`${server.base}${input === undefined ? `/trpc/${procedure}` : trpcUrl(procedure, input)}`, {
      headers: cookie ? { cookie } : {},
    }),
  )
}

/** A tRPC mutation as the web app sends it. */
async function change<T>(server: ServerProcess, procedure: string, input: unknown, cookie?: string) {
  return answerOf<T>(
    await fetch(`${server.base}/trpc/${procedure}`, {
      method: 'POST',
      headers: { ...WEB_CLIENT, ...(cookie && { cookie }) },
      body: JSON.stringify(input),
    }),
  )
}

function signIn(server: ServerProcess, password = TEST_PASSWORD) {
  return fetch(`${server.base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: WEB_CLIENT,
    body: JSON.stringify({ email: EDITOR, password }),
  })
}

/** Signs the editor in on a server; the `name=value` of the session cookie it sets. */
async function sessionOn(server: ServerProcess): Promise<string> {
  const response = await signIn(server)
  expect(response.status).toBe(200)
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

const nameIn = (list: { id: string; name: string }[]) => list.find((i) => i.id === INSTITUTION)?.name

const SUITE = 'two servers on one PostgreSQL database'

it.skipIf(process.env.DATABASE_URL)(SUITE, (context) =>
  context.skip('DATABASE_URL is not set: the servers need a PostgreSQL to share (PGlite admits one process)'),
)

describe.runIf(process.env.DATABASE_URL)(SUITE, () => {
  let database: Awaited<ReturnType<typeof emptyDatabase>> | undefined
  let servers: ServerProcess[] = []
  let connection: Connection
  let a: ServerProcess
  let b: ServerProcess

  beforeAll(async () => {
    database = await emptyDatabase(process.env.DATABASE_URL ?? '')
    const env = { DATABASE_URL: database.url, POOL_SIZE: '4', LOG_LEVEL: 'warn' }
    // Started together on an empty database, as two replicas of a fresh deployment are: Kysely's migration lock
    // and the seed's insert-if-absent must let both come up.
    const started = await Promise.allSettled([startServerProcess({ env }), startServerProcess({ env })])
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
    for (const s of started) if (s.status === 'rejected') throw s.reason
    ;[a, b] = servers as [ServerProcess, ServerProcess]
    for (const server of servers) {
      const healthy = await until(
        async () => !server.alive || (await fetch(`${server.base}/healthz`)).status === 200,
        READY_MS,
      )
      if (!healthy || !server.alive) {
        throw new Error(`a server did not become healthy:\n${server.outputTail()}`)
      }
    }
    connection = await connect({ engine: 'postgres', url: database.url, poolSize: 2 })
    await addAccount(connection, EDITOR, 'editor')
  })
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.destroy()))
    await connection?.close()
    await database?.drop()
  })

  it('both come up on the empty database they found, started at the same moment', async () => {
    expect(await connection.db.selectFrom('institutions').select('id').execute()).toHaveLength(29)
    // Anything but pino's lines at warn (40) and below: an error (50), a fatal (60), a crash's stack.
    const failures = servers.flatMap((server) =>
      server.lines.filter((line) => !/^\{"level":[1-4]0,/.test(line.text)),
    )
    expect(failures.map((line) => line.text)).toEqual([])
  })

  it('honours a session started on one server on the other', async () => {
    const cookie = await sessionOn(a)
    const me = await read<{ email: string } | null>(b, 'auth.me', undefined, cookie)
    expect(me.data?.email).toBe(EDITOR)
    const record = await read<{ record: { id: string } }>(
      b,
      'institution.record',
      { id: INSTITUTION },
      cookie,
    )
    expect(record.status).toBe(200)
    expect(record.data.record.id).toBe(INSTITUTION)
    expect((await read(b, 'institution.record', { id: INSTITUTION })).status).toBe(401)
  })

  it("drops the other server's cached answer when a change is made through one, told by NOTIFY", async () => {
    const before = await read<{ id: string; name: string }[]>(b, 'institution.list')
    const original = nameIn(before.data)
    expect(original).toBeTruthy()

    // A write that announces nothing (its trigger off inside the transaction): B keeps serving what it read, which
    // shows that B answers from memory and that only the notice makes it read again.
    await connection.db.transaction().execute(async (trx) => {
      await sql`alter table institutions disable trigger institutions_changed`.execute(trx)
      await trx
        .updateTable('institutions')
        .set({ name: 'Renamed unannounced' })
        .where('id', '=', INSTITUTION)
        .execute()
      await sql`alter table institutions enable trigger institutions_changed`.execute(trx)
    })
    const cached = await read<{ id: string; name: string }[]>(b, 'institution.list')
    expect(nameIn(cached.data)).toBe(original)
    expect(cached.headers.get('etag')).toBe(before.headers.get('etag'))

    const cookie = await sessionOn(a)
    type Opened = { record: { name: string }; version: number }
    const opened = await read<Opened>(a, 'institution.record', { id: INSTITUTION }, cookie)
    const renamed = 'Renamed through server A'
    const saved = await change(
      a,
      'institution.update',
      { version: opened.data.version, record: { ...opened.data.record, name: renamed } },
      cookie,
    )
    expect(saved.status).toBe(200)
    const savedAt = Date.now()
    const seen = await until(
      async () =>
        nameIn((await read<{ id: string; name: string }[]>(b, 'institution.list')).data) === renamed,
      NOTICE_MS,
    )
    expect(seen, `server B still served the old list ${NOTICE_MS} ms after the change`).toBe(true)
    console.log(
      `server B served the change made through server A ${Date.now() - savedAt} ms after it was saved`,
    )
  })

  it('ends the session on both servers when it signs out on one', async () => {
    const cookie = await sessionOn(a)
    expect((await read(a, 'institution.record', { id: INSTITUTION }, cookie)).status).toBe(200)
    const out = await change<{ ok: boolean }>(b, 'auth.signOut', undefined, cookie)
    expect(out.status).toBe(200)
    expect(out.headers.get('set-cookie')).toMatch(/^atlas_session=;.*Max-Age=0/)
    expect((await read(a, 'auth.me', undefined, cookie)).data).toBeNull()
    expect((await read(a, 'institution.record', { id: INSTITUTION }, cookie)).status).toBe(401)
  })

  // Last: the failures also count against the test's address, which would slow every later sign-in.
  it('counts failed sign-ins on one server against attempts on the other', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn(a, 'not the password at all')).status).toBe(401)
    }
    const refused = await signIn(b)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBeTruthy()
    expect(await refused.text()).toMatch(/too many failed sign-ins; try again in \d+ seconds/)
  })
})
