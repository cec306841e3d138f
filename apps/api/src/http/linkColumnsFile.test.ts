import { request } from 'node:http'
import { brotliDecompressSync } from 'node:zlib'
import type { Connection } from '@atlas/db'
import { openTestDatabase, testEngines } from '@atlas/db/testing'
import {
  decodeLinkColumns,
  decodeLinkColumnsBinary,
  LINK_COLUMNS_BINARY_TYPE,
  LINK_COLUMNS_PATH,
  type Link,
} from '@atlas/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../testing/serve'

/** A GET over a raw request, so the body arrives as sent (fetch would decompress it). */
function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
        .on('error', reject)
        .end()
    },
  )
}

const BROTLI = { 'accept-encoding': 'gzip, br' }

describe.each(testEngines())('every link in bytes over http on %s', (engine) => {
  let connection: Connection
  let base: string
  let close: () => Promise<void>
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
    ;({ base, close } = await serve(connection))
  })
  afterAll(async () => {
    await close?.()
    await connection?.close()
  })

  const links = async (): Promise<Link[]> => {
    const answer = (await (await fetch(`${base}/trpc/link.list`)).json()) as { result: { data: Link[] } }
    return answer.result.data
  }
  const sent = async () => {
    const answer = await get(`${base}${LINK_COLUMNS_PATH}`, BROTLI)
    const bytes = brotliDecompressSync(answer.body)
    return { ...answer, links: decodeLinkColumns(decodeLinkColumnsBinary(bytes)) }
  }

  it('are the links link.list answers, in brotli, in fewer bytes, and a repeat costs a 304', async () => {
    const answer = await sent()
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe(LINK_COLUMNS_BINARY_TYPE)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.links).toEqual(await links())
    const json = await get(`${base}/trpc/link.list`, BROTLI)
    expect(answer.body.length).toBeLessThan(json.body.length)
    const etag = String(answer.headers.etag)
    const repeat = await get(`${base}${LINK_COLUMNS_PATH}`, { ...BROTLI, 'if-none-match': etag })
    expect([repeat.status, repeat.body.length]).toEqual([304, 0])
  })

  it('show a change made anywhere once the database announces it', async () => {
    const before = await sent()
    const [first] = before.links
    if (!first) throw new Error('the seed has links')
    await connection.db.updateTable('links').set({ status: 'unknown' }).where('id', '=', first.id).execute()
    await expect
      .poll(async () => (await sent()).links.find((link) => link.id === first.id)?.status, { timeout: 5_000 })
      .toBe('unknown')
    expect((await sent()).headers.etag).not.toBe(before.headers.etag)
  })

  it('refuse a query, saying that they hold every link', async () => {
    const answer = await fetch(`${base}${LINK_COLUMNS_PATH}?initiatives=belt-and-road`)
    expect(answer.status).toBe(400)
    expect(await answer.text()).toContain('takes no query: it holds every link')
  })
})
