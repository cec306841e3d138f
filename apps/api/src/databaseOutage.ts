// Connection-level failures (network errors and PostgreSQL's connection-exception and shutdown classes),
// as opposed to errors in a query.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
])
const SQLSTATE_CLASSES = ['08', '57P']
const MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|has already been destroyed|pglite is closed/i

/** Whether an error (or one it wraps) says the database could not be reached, rather than that a query failed. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false
  const code = (error as { code?: unknown }).code
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || SQLSTATE_CLASSES.some((c) => code.startsWith(c)))
  ) {
    return true
  }
  if (
    error instanceof AggregateError &&
    error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
  )
    return true
  return MESSAGES.test(error.message) || isDatabaseUnavailable(error.cause, depth + 1)
}
