import { mkdtemp, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createContext } from '@atlas/api'
import type { Connection } from '@atlas/db'
import { createLogger } from '../log'
import { createAppServer } from '../server'
import { readyService, type Service } from '../service'

/** The app's server on a free port of 127.0.0.1, over a connection, with a one-page web app. */
export async function serve(
  connection: Connection,
  options: { requestTimeoutMs?: number; maxInFlight?: number } = {},
) {
  const webDist = await mkdtemp(join(tmpdir(), 'atlas-web-'))
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Partnership Atlas</title>')
  const context = createContext(connection, options)
  await context.monitor.ready
  const service: Service = readyService(context)
  const server = createAppServer(service, {
    webDist,
    logger: createLogger('silent'),
    maxInFlight: options.maxInFlight,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const close = async () => {
    server.close()
    server.closeAllConnections()
    await context.monitor.close()
  }
  return { server, service, context, base, close }
}

export const trpcUrl = (procedure: string, input: unknown) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
