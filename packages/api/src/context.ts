import type { Connection, StatusListener } from '@atlas/db'
import type { Context } from './trpc'

/** The context every request shares: the database and the monitor that watches it. */
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
  }
}
