import pino from 'pino'

/**
 * What a log line keeps of an error: its kind, message, code and stack. Never the rest of a driver's error, which
 * can carry a query's parameters (a search someone typed) or the database's address.
 */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) }
  const code = (error as { code?: unknown }).code
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack,
    ...(error.cause === undefined ? {} : { cause: serializeError(error.cause) }),
  }
}

export type Logger = pino.Logger

/** The logger's settings: the level, no host or pid on every line, errors as `serializeError` keeps them. */
export function logOptions(level: string): pino.LoggerOptions {
  return { level, base: undefined, serializers: { err: serializeError } }
}

/** One JSON object a line on stdout. */
export function createLogger(level: string): Logger {
  return pino(logOptions(level))
}
