import { request } from 'node:http'
import { connect as connectSocket } from 'node:net'
import type { Connection } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import { LIMITS } from '@atlas/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from './log'
import { createAppServer } from './server'
import { startingService } from './service'
import { serve, trpcUrl } from './testing/serve'
import { until } from './testing/until'

/** Sends raw bytes on one connection and gives back everything the server wrote before it closed the connection. */
function rawExchange(port: number, head: string, body: Buffer | undefined, timeoutMs = 5_000) {
  return new Promise<{ text: string; closedMs: number }>((resolve, reject) => {
    const started = Date.now()
    const socket = connectSocket(port, '127.0.0.1')
    let text = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`the server kept the connection open for ${timeoutMs} ms; it wrote: ${text}`))
    }, timeoutMs)
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1')
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(timer)
      resolve({ text, closedMs: Date.now() - started })
    })
    socket.write(head)
    if (body) socket.write(body)
  })
}

describe.each(testEngines())('the server guards itself on %s', (engine) => {
  let connection: Connection
  let served: Awaited<ReturnType<typeof serve>>
  let port: number
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    served = await serve(connection)
    port = Number(new URL(served.base).port)
  })
  afterAll(async () => {
    await served?.close()
    await connection?.close()
  })

  it.each([
    ['PUT', '/healthz', 'GET, HEAD'],
    ['DELETE', '/api/export/links.geojson', 'GET, HEAD'],
    ['TRACE', '/trpc/link.list', 'GET, POST'],
    ['POST', '/', 'GET, HEAD'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const response = await fetchRaw(port, method, path)
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe(allow)
  })

  it(`refuses a batch of more than ${LIMITS.batchSize} procedures, and serves one of ${LIMITS.batchSize}`, async () => {
    const batch = (size: number) =>
      `/trpc/${Array(size).fill('link.list').join(',')}?batch=1&input=${encodeURIComponent(
        JSON.stringify(Object.fromEntries(Array.from({ length: size }, (_, i) => [i, {}]))),
      )}`
    const tooMany = await fetch(served.base + batch(LIMITS.batchSize + 1))
    expect(tooMany.status).toBe(400)
    expect(await tooMany.text()).toMatch(/batch/i)
    // A thousand do not even pass Node's limit on the size of a request's head.
    expect((await fetch(served.base + batch(1_000))).status).toBe(431)
    expect((await fetch(served.base + batch(LIMITS.batchSize))).status).toBe(200)
  })

  it('refuses a 200 MB body with 413 at once and closes the connection without reading it', async () => {
    const head =
      'POST /trpc/institution.list HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n' +
      'Content-Type: application/json\r\nContent-Length: 200000000\r\n\r\n'
    const { text, closedMs } = await rawExchange(port, head, Buffer.alloc(1_000_000, 120))
    console.log(`413 for a declared 200 MB body; connection closed after ${closedMs} ms`)
    expect(text).toMatch(/^HTTP\/1\.1 413/)
    expect(text.toLowerCase()).toContain('connection: close')
  })

  it('closes the connection after answering a GET that carries a body it does not read', async () => {
    const head = 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nContent-Length: 90000\r\n\r\n'
    const { text } = await rawExchange(port, head, Buffer.alloc(1_000, 120))
    expect(text).toMatch(/^HTTP\/1\.1 200/)
    expect(text.toLowerCase()).toContain('connection: close')
  })

  it('answers a request target that is not a path with 400', async () => {
    const { text } = await rawExchange(
      port,
      'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      undefined,
    )
    expect(text).toMatch(/^HTTP\/1\.1 400/)
  })

  it('sends nosniff, a referrer policy and a request id on every answer, the api included', async () => {
    for (const path of [
      '/healthz',
      trpcUrl('initiative.list', {}),
      '/api/export/institutions.geojson',
      '/',
    ]) {
      const response = await fetch(served.base + path)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBeTruthy()
      expect(response.headers.get('x-request-id')).toMatch(/^[\w.-]+$/)
    }
  })

  it('serves reads from memory until the data changes, then the new data', async () => {
    const read = async () => {
      const response = await fetch(
        served.base + trpcUrl('institution.get', { id: 'lodz-university-of-technology' }),
      )
      return ((await response.json()) as { result: { data: { institution: { city: string } } } }).result.data
    }
    expect((await read()).institution.city).toBe('Łódź')
    const generation = served.context.monitor.generation
    await connection.db
      .updateTable('institutions')
      .set({ city: 'Lodz (changed)' })
      .where('id', '=', 'lodz-university-of-technology')
      .execute()
    expect(await until(() => served.context.monitor.generation > generation, 5_000)).toBe(true)
    expect((await read()).institution.city).toBe('Lodz (changed)')
    await connection.db
      .updateTable('institutions')
      .set({ city: 'Łódź' })
      .where('id', '=', 'lodz-university-of-technology')
      .execute()
    expect(await until(async () => (await read()).institution.city === 'Łódź', 5_000)).toBe(true)
  })

  it('answers 503 with Retry-After while draining, and health says why', async () => {
    served.service.draining = true
    try {
      for (const path of ['/healthz', trpcUrl('initiative.list', {}), '/']) {
        const response = await fetch(served.base + path)
        expect(response.status).toBe(503)
        expect(response.headers.get('retry-after')).toBe('1')
      }
    } finally {
      served.service.draining = false
    }
  })
})

describe('a server whose database is not ready yet', () => {
  it('answers 503 with Retry-After and says it is starting, revealing no address', async () => {
    const server = createAppServer(startingService('postgres'), {
      webDist: '/nonexistent',
      logger: createLogger('silent'),
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`)
      expect(health.status).toBe(503)
      expect(health.headers.get('retry-after')).toBe('1')
      const body = await health.text()
      expect(JSON.parse(body)).toMatchObject({ status: 'starting', database: { reachable: false } })
      expect(body).not.toMatch(/127\.0\.0\.1|5432|ECONN/)
      const query = await fetch(`http://127.0.0.1:${port}${trpcUrl('link.list', {})}`)
      expect(query.status).toBe(503)
      expect(query.headers.get('retry-after')).toBe('1')
    } finally {
      server.close()
    }
  })
})

function fetchRaw(port: number, method: string, path: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
        res.resume()
        resolve({ status: res.statusCode ?? 0, headers: res.headers })
      })
      req.on('error', reject)
      req.end()
    },
  )
}
