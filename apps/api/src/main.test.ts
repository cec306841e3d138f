import { networkInterfaces } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { reachableUrls } from './reachableUrls'
import { type ServerProcess, startServerProcess } from './testing/serverProcess'
import { until } from './testing/until'

/**
 * A PostgreSQL nobody listens for: the server listens and prints its addresses while it waits for the database,
 * without the seconds PGlite's start would take.
 */
const NO_DATABASE = 'postgres://atlas@127.0.0.1:9/atlas'

/** The fields of the log line that says where the server listens. */
interface ListeningLine {
  msg: string
  urls: string[]
  publicUrl?: string
}

describe('the built server, as it starts', () => {
  let server: ServerProcess | undefined
  afterEach(() => server?.destroy())

  const messages = () =>
    (server?.lines ?? []).map((line) => JSON.parse(line.text) as Partial<ListeningLine> & { msg: string })
  const listeningLine = async (): Promise<ListeningLine> => {
    await until(() => messages().some((line) => line.urls), 10_000)
    const line = messages().find((line) => line.urls)
    if (!line?.urls) throw new Error(`no line names the addresses:\n${server?.outputTail()}`)
    return { ...line, urls: line.urls }
  }

  it('prints localhost and every network address on 0.0.0.0, and the public address when one is set', async () => {
    server = await startServerProcess({
      env: { HOST: '0.0.0.0', PUBLIC_URL: 'https://atlas.example.org/partners', DATABASE_URL: NO_DATABASE },
    })
    const urls = reachableUrls('0.0.0.0', server.port, networkInterfaces())
    expect(urls[0]).toBe(`http://localhost:${server.port}/`)
    const line = await listeningLine()
    expect(line.urls).toEqual(urls)
    expect(line.msg).toContain(`listening at ${urls.join(' and ')}`)
    expect(line.publicUrl).toBe('https://atlas.example.org/partners/')
    const named = 'Shared links, QR codes and embeds name https://atlas.example.org/partners/ (PUBLIC_URL)'
    expect(await until(() => messages().some((line) => line.msg === named), 10_000)).toBe(true)
  })

  it('prints just the host it was given, and how to serve the network from loopback', async () => {
    server = await startServerProcess({ env: { HOST: '127.0.0.1', DATABASE_URL: NO_DATABASE } })
    expect((await listeningLine()).urls).toEqual([`http://127.0.0.1:${server.port}/`])
    const hint = 'Only this computer can open it: HOST=0.0.0.0 serves the local network'
    // Printed just after the addresses, perhaps a moment later.
    expect(await until(() => messages().some((line) => line.msg === hint), 10_000)).toBe(true)
  })
})
