import type { Connection, StatusListener } from '@atlas/db'
import { anonymousVisitor } from './auth/visitor'
import type { Context } from './trpc'

/**
 * The context every request shares: the database and the monitor that watches it. The HTTP layer gives each request
 * its own `visitor`; without one, the caller is anonymous.
 */
export function createContext(
  connection: Connection,
  options: { requestTimeoutMs?: number; onDatabaseStatus?: StatusListener } = {},
): Context {
  const monitor = connection.monitor(options.onDatabaseStatus)
  return {
    db: connection.db,
    engine: connection.engine,
    monitor,
    requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
    visitor: anonymousVisitor(),
  }
}
