import type { ServerResponse } from 'node:http'
import type { Context } from '@atlas/api'
import type { Engine } from '@atlas/db'

/**
 * What the server serves with, as it changes over the process's life: no context until the database is open and up
 * to date (the server listens meanwhile and answers 503), and draining once it has been told to stop.
 */
export interface Service {
  engine: Engine
  context: Context | undefined
  draining: boolean
  /** Answers admitted and not yet sent: a drain waits for these, and tells each to close its connection. */
  inFlight: Set<ServerResponse>
}

/** A service whose database is not open yet: the server listens and answers 503 meanwhile. */
export function startingService(engine: Engine): Service {
  return { engine, context: undefined, draining: false, inFlight: new Set() }
}

/** A service whose database is ready (tests, and main once it has opened the database). */
export function readyService(context: Context): Service {
  return { engine: context.engine, context, draining: false, inFlight: new Set() }
}
