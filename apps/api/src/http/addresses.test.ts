import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { siteAddressesSchema } from '@atlas/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { createLogger } from '../log'
import { createAppServer } from '../server'
import { startingService } from '../service'

/** The machine's IPv4 addresses on a network, as people beside it would type them. */
const NETWORK_IPV4 = Object.values(networkInterfaces())
  .flatMap((addresses) => addresses ?? [])
  .filter((address) => address.family === 'IPv4' && !address.internal)
  .map((address) => address.address)

/** A server whose database has not come up yet: the addresses must not wait for it. */
const starting = () => startingService('pglite')

describe('GET /api/addresses', () => {
  const servers: Server[] = []
  afterAll(() => {
    for (const server of servers) {
      server.close()
      server.closeAllConnections()
    }
  })

  /** The app's server listening on `host`, and its port. */
  const listen = async (host: string, publicUrl?: string) => {
    const server = createAppServer(starting(), {
      webDist: tmpdir(),
      logger: createLogger('silent'),
      publicUrl,
    })
    servers.push(server)
    await new Promise<void>((resolve) => server.listen(0, host, resolve))
    return (server.address() as AddressInfo).port
  }
  const ask = async (url: string) => {
    const response = await fetch(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, max-age=60')
    return siteAddressesSchema.parse(await response.json())
  }

  it('names no other address when the server listens on loopback alone, while the database starts', async () => {
    const port = await listen('127.0.0.1')
    expect(await ask(`http://127.0.0.1:${port}/api/addresses`)).toEqual({ publicUrl: null, networkUrls: [] })
  })

  it('tells a browser that came through loopback every network address of a server on 0.0.0.0', async () => {
    const port = await listen('0.0.0.0')
    expect(await ask(`http://127.0.0.1:${port}/api/addresses`)).toEqual({
      publicUrl: null,
      networkUrls: NETWORK_IPV4.map((address) => `http://${address}:${port}/`),
    })
  })

  it.skipIf(NETWORK_IPV4.length === 0)('tells a browser from the network nothing it knows', async () => {
    const port = await listen('0.0.0.0')
    expect(await ask(`http://${NETWORK_IPV4[0]}:${port}/api/addresses`)).toEqual({
      publicUrl: null,
      networkUrls: [],
    })
  })

  it('gives PUBLIC_URL instead of the network addresses when it is set', async () => {
    const port = await listen('0.0.0.0', 'https://atlas.example.org/partners/')
    expect(await ask(`http://127.0.0.1:${port}/api/addresses`)).toEqual({
      publicUrl: 'https://atlas.example.org/partners/',
      networkUrls: [],
    })
  })
})
