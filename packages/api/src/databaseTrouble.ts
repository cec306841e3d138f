import { DeadlineExceeded } from './deadline'

// Connection-level failures (network errors and PostgreSQL's connection-exception, shutdown and admin classes),
// as opposed to errors in a query.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
])
const UNAVAILABLE_SQLSTATE_CLASSES = ['08', '57P']
const UNAVAILABLE_MESSAGES =
  /connection terminated|the database system is (starting up|shutting down)|has already been destroyed|pglite is closed|not queryable/i
// 57014 is query_canceled: statement_timeout ended it. A pool that had no free client in time is busy too.
const BUSY_SQLSTATES = new Set(['57014', '53300'])
const BUSY_MESSAGES = /timeout exceeded when trying to connect|query read timeout/i

/** Why a database call failed when the request itself was fine: the database is unreachable, or it is busy. */
export type DatabaseTrouble = 'unavailable' | 'busy'

/** What a client is told in each case (a 503 with Retry-After). */
export const TROUBLE_MESSAGES: Record<DatabaseTrouble, string> = {
  unavailable: 'the database cannot be reached; try again shortly',
  busy: 'the server is busy; try again shortly',
}

/** Classifies an error (or one it wraps); undefined when the query itself failed. */
export function databaseTrouble(error: unknown, depth = 0): DatabaseTrouble | undefined {
  if (!(error instanceof Error) || depth > 5) return undefined
  if (error instanceof DeadlineExceeded) return 'busy'
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') {
    if (BUSY_SQLSTATES.has(code)) return 'busy'
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE_CLASSES.some((c) => code.startsWith(c))) {
      return 'unavailable'
    }
  }
  if (BUSY_MESSAGES.test(error.message)) return 'busy'
  if (UNAVAILABLE_MESSAGES.test(error.message)) return 'unavailable'
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const trouble = databaseTrouble(inner, depth + 1)
      if (trouble) return trouble
    }
  }
  return databaseTrouble(error.cause, depth + 1)
}
