import { request } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { Connection } from '@atlas/db'
import { openTestDatabase } from '@atlas/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../testing/serve'

/** A GET over a raw request, so the body arrives as sent (fetch would decompress it). */
function get(url: string, acceptEncoding: string) {
  return new Promise<{ coding: string | undefined; body: Buffer }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ coding: res.headers['content-encoding'], body: Buffer.concat(chunks) }))
    })
      .on('error', reject)
      .end()
  })
}

describe('the api’s answers on the wire', () => {
  let connection: Connection
  let base: string
  let close: () => Promise<void>
  beforeAll(async () => {
    connection = await openTestDatabase('pglite')
    ;({ base, close } = await serve(connection))
  })
  afterAll(async () => {
    await close?.()
    await connection?.close()
  })

  it('are brotli where the client takes it, else gzip, else as they are, the same JSON each way', async () => {
    const url = `${base}/trpc/link.list`
    const plain = await get(url, 'identity')
    const br = await get(url, 'gzip, deflate, br')
    const gzip = await get(url, 'gzip')
    expect([plain.coding, br.coding, gzip.coding]).toEqual([undefined, 'br', 'gzip'])
    expect(brotliDecompressSync(br.body)).toEqual(plain.body)
    expect(gunzipSync(gzip.body)).toEqual(plain.body)
    expect(br.body.length).toBeLessThan(gzip.body.length)
    console.info(`link.list: ${plain.body.length} bytes, brotli ${br.body.length}, gzip ${gzip.body.length}`)
  })
})
