import { Agent, request } from 'node:http'
import { appRouter } from '@atlas/api'
import { addAccount, TEST_PASSWORD } from '@atlas/api/testing'
import type { Connection } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import { COUNTRY_CODES, INSTITUTION_KINDS, LIMITS, LINK_KINDS } from '@atlas/schema'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from './testing/serve'

/**
 * Hostile input over real HTTP: thousands of generated requests to every procedure, route and odd path, sent a few
 * at a time, none of which may answer 5xx or leave the server unable to answer.
 */

/** Requests in flight at once: enough to keep both cores busy, few enough that the pool never queues them. */
const CONCURRENCY = 8
/** Rounds of CONCURRENCY requests per engine: about three thousand requests, well under a minute on two cores. */
const ROUNDS = 400
const TIMEOUT_MS = 10_000

/** Taken from the router itself, so a procedure added later is fuzzed without anyone remembering to list it. */
const PROCEDURES = Object.keys(appRouter._def.procedures)
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'] as const
const INITIATIVE_IDS = ['belt-and-road', 'sino-polish-consortium', 'china-spain-csp']
/** Institutions and tours that exist, and well-formed ids that do not. */
const RECORD_IDS = [
  'lodz-university-of-technology',
  'beihang-university',
  'sino-polish-university-consortium',
  'no-such-thing',
]
const REAL_IDS = [...INITIATIVE_IDS, ...RECORD_IDS]
const SQLISH = [
  "' or 1=1 --",
  "'); drop table institutions; --",
  '%',
  '_',
  '\\',
  '$1',
  "E'\\x00'",
  '::text',
  '/* */',
  'null',
  'silk-road',
  '\\u0000',
]

interface Probe {
  method: string
  path: string
  headers: Record<string, string>
  body?: string
}

interface Answer {
  status: number
  body: string
}

/** Bytes as %XX, except the characters a URL may carry as they are. */
function percentEncode(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => {
    const char = String.fromCharCode(byte)
    return /[A-Za-z0-9._~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }).join('')
}

const encodeText = (text: string) => percentEncode(Buffer.from(text))

/** Single UTF-16 units the database and the URL machinery find hardest: NUL, lone surrogates, separators. */
const hostileChar = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\uD800',
      '\uDFFF',
      '\uFFFF',
      '\uFEFF',
      '\u202E',
      '%',
      '\\',
      "'",
      '"',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(',', '&', '=', '+', '#', '?', '/', '.', ' ', '\n') },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
)

const hostileString = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: hostileChar, maxLength: 40 }) },
  { weight: 4, arbitrary: fc.constantFrom(...SQLISH, ...REAL_IDS) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: hostileChar, maxLength: 3 }), fc.integer({ min: 100, max: 6000 }))
      .map(([text, times]) => `${text}${'x'.repeat(times)}${text}`),
  },
)

/** Odd text the schema lets through, so that it reaches the database's search. */
const storableText = fc.string({ unit: 'binary', maxLength: 40 }).map((text) => text.replaceAll('\u0000', ''))

const numberish = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1800, max: 2200 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(-0, 1e308, Number.MAX_SAFE_INTEGER + 2, 2016.5) },
  { weight: 1, arbitrary: hostileString },
)

/** Mostly real values, sometimes a hostile one, and sometimes more items than the schema allows. */
const listOf = <T>(real: readonly T[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(fc.constantFrom(...real), { maxLength: 5 }) },
    { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...real), hostileString), { maxLength: 5 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.constantFrom(...real), {
        minLength: LIMITS.filterItems - 2,
        maxLength: LIMITS.filterItems + 5,
      }),
    },
  )

/** Inputs shaped like the real schemas, each field either sensible or hostile. */
const shapedInput = fc.record(
  {
    initiatives: listOf(INITIATIVE_IDS),
    countries: listOf(COUNTRY_CODES),
    kinds: fc.oneof(listOf(INSTITUTION_KINDS), listOf(LINK_KINDS)),
    linkKinds: listOf(LINK_KINDS),
    q: fc.oneof({ weight: 3, arbitrary: storableText }, { weight: 1, arbitrary: hostileString }),
    yearFrom: numberish,
    yearTo: numberish,
    id: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...RECORD_IDS) },
      { weight: 1, arbitrary: hostileString },
    ),
  },
  { requiredKeys: [] },
)

const anyInput = fc.oneof(
  { weight: 4, arbitrary: shapedInput },
  { weight: 2, arbitrary: fc.jsonValue({ stringUnit: hostileChar, maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
)

const procedureName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...PROCEDURES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'institution.__proto__',
      'toString',
      'institution',
      '',
    ),
  },
  { weight: 1, arbitrary: hostileString.map(encodeText) },
)

const inputParam = (input: unknown) =>
  input === undefined ? '' : `input=${encodeURIComponent(JSON.stringify(input))}`

const trpcSingle = fc
  .tuple(procedureName, anyInput)
  .map(([name, input]) => `/trpc/${name}${input === undefined ? '' : `?${inputParam(input)}`}`)

const trpcBatch = fc
  .array(fc.tuple(procedureName, anyInput), { minLength: 1, maxLength: LIMITS.batchSize + 4 })
  .chain((calls) =>
    fc
      .oneof(
        fc.constant(Object.fromEntries(calls.map(([, input], i) => [i, input]))),
        fc.jsonValue({ stringUnit: hostileChar, maxDepth: 2 }),
      )
      .map((inputs) => `/trpc/${calls.map(([name]) => name).join(',')}?batch=1&${inputParam(inputs)}`),
  )

/** A value the URL machinery finds hard: raw bytes, broken escapes, numbers that are not quite numbers. */
const oddQueryValue = fc.oneof(
  hostileString.map(encodeText),
  fc.uint8Array({ maxLength: 24 }).map(percentEncode),
  fc.constantFrom('', '%', '%zz', '%E0%A4%A', '%ED%A0%80', '%00', '1e400', '0x7E0', '%202016%20', ',,,'),
)

const listParam = (real: readonly string[]) => listOf(real).map((items) => items.map(encodeText).join(','))

/** The exports' parameters, each mostly sensible and sometimes odd, and parameters they do not know. */
const queryParam = fc.oneof(
  fc.tuple(fc.constant('q'), fc.oneof(storableText.map(encodeText), oddQueryValue)),
  fc.tuple(fc.constant('initiatives'), fc.oneof(listParam(INITIATIVE_IDS), oddQueryValue)),
  fc.tuple(fc.constant('countries'), fc.oneof(listParam(COUNTRY_CODES), oddQueryValue)),
  fc.tuple(fc.constant('linkKinds'), fc.oneof(listParam(LINK_KINDS), oddQueryValue)),
  fc.tuple(
    fc.constant('kinds'),
    fc.oneof(listParam(INSTITUTION_KINDS), listParam(LINK_KINDS), oddQueryValue),
  ),
  fc.tuple(
    fc.constantFrom('yearFrom', 'yearTo'),
    fc.oneof(
      numberish.map((year) => encodeText(String(year))),
      oddQueryValue,
    ),
  ),
  fc.tuple(fc.oneof(fc.constantFrom('batch', 'input'), hostileString.map(encodeText)), oddQueryValue),
)

const queryString = fc
  .array(queryParam, { maxLength: 5 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'))

const plainRoute = fc
  .tuple(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          '/healthz',
          '/api/export/institutions.geojson',
          '/api/export/links.geojson',
          '/api/export/',
          '/api/',
        ),
      },
      { weight: 1, arbitrary: hostileString.map((name) => `/api/export/${encodeText(name)}`) },
      { weight: 1, arbitrary: hostileString.map((name) => `/api/${encodeText(name)}`) },
    ),
    queryString,
  )
  .map(([path, query]) => (query ? `${path}?${query}` : path))

/** Characters Node's client sends in a path as they are: printable ASCII and Latin-1. */
const rawPathChar = fc.integer({ min: 0x21, max: 0xff }).map((code) => String.fromCharCode(code))

const pathSegment = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      '.',
      '..',
      '%2e%2e',
      '%2E.',
      '..%2F..%2F..%2Fetc%2Fpasswd',
      '%5C..%5C..',
      '%00',
      '%',
      '%zz',
      '%E0%A4%A',
      '%ED%A0%80',
      'index.html',
      'index.html%00.js',
      'assets',
    ),
  },
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 16 }).map(percentEncode) },
  { weight: 2, arbitrary: fc.string({ unit: rawPathChar, maxLength: 16 }) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 6000 }).map((length) => 'a'.repeat(length)) },
)

const staticPath = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.array(pathSegment, { maxLength: 6 }).map((segments) => `/${segments.join('/')}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('*', 'index.html', '//evil.example/x', 'http://evil.example/') },
)

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constant('GET') },
  { weight: 4, arbitrary: fc.constantFrom(...METHODS) },
)

const probe: fc.Arbitrary<Probe> = fc.record({
  method,
  path: fc.oneof(
    { weight: 4, arbitrary: trpcSingle },
    { weight: 2, arbitrary: trpcBatch },
    { weight: 2, arbitrary: plainRoute },
    { weight: 2, arbitrary: staticPath },
  ),
  headers: fc.record(
    {
      'accept-encoding': fc.constantFrom('gzip', 'br, gzip;q=0.5', 'identity'),
      'x-request-id': fc.string({ maxLength: 80 }),
      'content-type': fc.constantFrom('application/json', 'text/plain', 'multipart/form-data'),
      // The web app's header: with it, a request is also sent signed in as an editor (see `signedIn`).
      'x-atlas-client': fc.constant('web'),
    },
    { requiredKeys: [] },
  ),
  // One request in four carries a body, whatever its method: tRPC reads a POST's, the rest must not choke on one.
  body: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.string({ unit: hostileChar, maxLength: 200 }) },
    { weight: 1, arbitrary: anyInput.map((input) => JSON.stringify(input) ?? '') },
  ),
})

/** Cases a random run might miss, sent every time: each once answered 500 or is a known trap. */
const KNOWN_CASES: Probe[] = [
  '/%00',
  '/a%00b/index.html',
  `/${'a'.repeat(5000)}`,
  `/${'a'.repeat(300)}`,
  '/%E0%A4%A',
  '/a%5Cb',
  '/..%2F..%2Fetc%2Fpasswd',
  `/trpc/institution.list?${inputParam({ q: '\u0000' })}`,
  `/trpc/institution.list?${inputParam({ q: '\uD800' })}`,
  '/api/export/institutions.geojson?q=%00',
  '/api/export/institutions.geojson?q=a&q=%00',
  '/api/export/links.geojson?yearFrom=%00&countries=%00',
  `/trpc/${Array(LIMITS.batchSize + 1)
    .fill('source.list')
    .join(',')}?batch=1`,
  '/trpc/__proto__',
  '/trpc/institution.get',
].map((path) => ({ method: 'GET', path, headers: {} }))

/**
 * One request over a raw socket, so odd methods and paths reach the server as they are. A kept-alive socket that the
 * server closed as it was reused is tried once more on a fresh one, as Node's documentation advises: that race is
 * the client's, not an answer of the server.
 */
function send(agent: Agent, base: URL, probe: Probe, retried = false): Promise<Answer> {
  const { method, path, headers, body } = probe
  return new Promise((resolve) => {
    const noAnswer = (error: unknown) => resolve({ status: 0, body: String(error) })
    try {
      const req = request(
        {
          host: base.hostname,
          port: base.port,
          agent,
          method,
          path,
          // Node sends a GET's body without a length unless told one, and the server would read it as a request.
          headers:
            body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          timeout: TIMEOUT_MS,
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
          )
          res.on('error', noAnswer)
        },
      )
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)))
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) {
          resolve(send(agent, base, probe, true))
        } else noAnswer(error)
      })
      req.end(body)
    } catch (error) {
      noAnswer(error)
    }
  })
}

const describeProbe = ({ method, path }: Probe, { status, body }: Answer) =>
  `${method} ${path.length > 200 ? `${path.slice(0, 200)}… (${path.length} chars)` : path} -> ${status} ${body.slice(0, 200)}`

describe.each(testEngines())('hostile requests on %s', (engine) => {
  let connection: Connection
  let base: URL
  let close: () => Promise<void>
  let session = ''
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  /**
   * A probe that carries the web app's header goes signed in, so the editors' procedures read its input too (all
   * but a sign-out, which would end the session the rest use).
   */
  const signedIn = (p: Probe): Probe =>
    p.headers['x-atlas-client'] && !p.path.includes('auth.signOut')
      ? { ...p, headers: { ...p.headers, cookie: session } }
      : p

  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    const served = await serve(connection)
    base = new URL(served.base)
    close = served.close
    await addAccount(connection, 'fuzz@example.org', 'editor')
    const answer = await fetch(`${served.base}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-atlas-client': 'web' },
      body: JSON.stringify({ email: 'fuzz@example.org', password: TEST_PASSWORD }),
    })
    session = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  })
  afterAll(async () => {
    agent.destroy()
    await close?.()
    await connection?.close()
  })

  const get = (path: string) => send(agent, base, { method: 'GET', path, headers: {} })

  it('fuzzes every procedure (the router has the nine the web app uses)', () => {
    expect(PROCEDURES).toEqual(
      expect.arrayContaining([
        'initiative.list',
        'institution.list',
        'institution.get',
        'link.list',
        'group.list',
        'stats.byCountry',
        'source.list',
        'tour.list',
        'tour.get',
      ]),
    )
  })

  it('never answers 5xx, whatever the method, path, query or input', { timeout: 120_000 }, async () => {
    let sent = 0
    let serverErrors = 0
    // How the answers spread shows the requests reach the handlers rather than all being refused at the door.
    const statuses = new Map<number, number>()
    const check = async (probes: Probe[]) => {
      const answers = await Promise.all(probes.map((p) => send(agent, base, signedIn(p))))
      sent += probes.length
      for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
      const failed = answers.flatMap((answer, i) => {
        const given = probes[i]
        return given && (answer.status >= 500 || answer.status < 100) ? [describeProbe(given, answer)] : []
      })
      serverErrors += failed.length
      if (failed.length > 0) throw new Error(`answered 5xx or not at all:\n${failed.join('\n')}`)
    }
    try {
      await check(KNOWN_CASES)
      await fc.assert(
        fc.asyncProperty(fc.array(probe, { minLength: CONCURRENCY, maxLength: CONCURRENCY }), check),
        // The failing requests are named by `check`; shrinking a batch of hostile requests would take minutes.
        { numRuns: ROUNDS, endOnFailure: true },
      )
    } finally {
      const spread = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`)
      console.log(
        `${engine}: ${sent} hostile requests sent, ${serverErrors} answered 5xx or not at all (${spread.join(', ')})`,
      )
    }
    expect(serverErrors).toBe(0)
    expect((await get('/healthz')).status).toBe(200)
  })

  it('answers 400 naming q to a search holding a NUL or a lone surrogate', { timeout: 60_000 }, async () => {
    const around = fc.string({ unit: hostileChar, maxLength: 20 })
    await fc.assert(
      fc.asyncProperty(
        around,
        fc.constantFrom('\u0000', '\uD800', '\uDC00'),
        around,
        async (before, bad, after) => {
          // The separators keep a lone surrogate from pairing with a neighbour into a valid character.
          const q = `${before}|${bad}|${after}`
          const answers = [await get(`/trpc/institution.list?${inputParam({ q })}`)]
          if (bad === '\u0000') answers.push(await get(`/api/export/institutions.geojson?q=${encodeText(q)}`))
          for (const answer of answers) {
            expect(answer.status).toBe(400)
            expect(answer.body).toMatch(/\bq: /)
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})
