import { createServer } from 'node:net'

/**
 * A TCP port of 127.0.0.1 that nothing listens on now. Another process could take it before the caller does; for
 * a child that must be told its port up front (PostgreSQL, the built server) this is the usual compromise.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => (port ? resolve(port) : reject(new Error('the system gave no port'))))
    })
  })
}
