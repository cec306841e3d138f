import { createServer } from 'node:net'

// Below Linux's ephemeral range (32768–60999): a port the system hands out for outgoing connections could be taken
// by one of them between this probe and the child's bind, or while a stopped PostgreSQL is down and restarting.
const LOWEST = 20_000
const RANGE = 12_000

/**
 * A TCP port of 127.0.0.1 that nothing listens on now, outside the range the system gives outgoing connections.
 * For a child that must be told its port up front (PostgreSQL, the built server).
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = LOWEST + Math.floor(Math.random() * RANGE)
    if (await canListen(port)) return port
  }
  throw new Error(`no free port between ${LOWEST} and ${LOWEST + RANGE} after 50 tries`)
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}
