import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

/** Where data changes are announced: every table's statement-level trigger notifies this channel (migration 0003). */
const CHANGE_CHANNEL = 'atlas_changed'

/** The database as a watcher on a session of its own sees it. */
export interface DatabaseMonitor {
  /** Whether the database answered the last probe. */
  readonly reachable: boolean
  /**
   * Moves on every change of the data, and whenever the watcher lost its session (changes may have been missed
   * meanwhile). Something read at one generation is still true while the generation is the same.
   */
  readonly generation: number
  /** Whether change notices are arriving, so `generation` can be trusted. */
  readonly listening: boolean
  /** Resolves once the first probe has answered, either way. */
  readonly ready: Promise<void>
  close(): Promise<void>
}

/** Told when the database stops or starts answering, with the error that says why (for the logs). */
export type StatusListener = (reachable: boolean, error?: unknown) => void

const PROBE_INTERVAL_MS = 250
const PROBE_TIMEOUT_MS = 1_000

/**
 * A PostgreSQL watcher: one client that LISTENs for change notices and probes with `select 1` four times a second,
 * so an outage is seen within a second and a return within a probe, without taking a connection from the pool.
 */
export function postgresMonitor(
  config: pg.ClientConfig,
  onStatus: StatusListener = () => {},
): DatabaseMonitor {
  let client: pg.Client | undefined
  let closed = false
  let started = false
  let timer: NodeJS.Timeout | undefined
  let markReady = () => {}
  const state = {
    reachable: false,
    generation: 0,
    listening: false,
    ready: new Promise<void>((resolve) => {
      markReady = resolve
    }),
    close: async () => {
      closed = true
      clearTimeout(timer)
      const lost = client
      client = undefined
      await lost?.end().catch(() => undefined)
    },
  }

  const drop = async (error: unknown) => {
    const lost = client
    client = undefined
    if (state.listening) state.generation += 1
    state.listening = false
    if (state.reachable || !started) onStatus(false, error)
    state.reachable = false
    await lost?.end().catch(() => undefined)
  }

  const open = async (): Promise<pg.Client> => {
    const fresh = new pg.Client({
      ...config,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      query_timeout: PROBE_TIMEOUT_MS,
    })
    // A lost session is noticed by the next probe; without a listener its error would end the process.
    fresh.on('error', () => {})
    fresh.on('notification', () => {
      state.generation += 1
    })
    try {
      await fresh.connect()
      await fresh.query(`listen ${CHANGE_CHANNEL}`)
    } catch (error) {
      await fresh.end().catch(() => undefined)
      throw error
    }
    // Whatever changed while nobody listened is unknown: move the generation on.
    state.generation += 1
    state.listening = true
    return fresh
  }

  const probe = async () => {
    try {
      client ??= await open()
      await client.query('select 1')
      if (!state.reachable) onStatus(true)
      state.reachable = true
    } catch (error) {
      await drop(error)
    }
    started = true
    markReady()
    if (!closed) timer = setTimeout(probe, PROBE_INTERVAL_MS).unref()
  }
  void probe()
  return state
}

/** PGlite lives in this process: it is reachable while it is open, and its notices arrive in the same session. */
export function pgliteMonitor(instance: PGlite): DatabaseMonitor {
  const state = {
    get reachable() {
      return !instance.closed
    },
    generation: 0,
    listening: false,
    ready: Promise.resolve(),
    close: async () => {
      await unlisten.then((stop) => stop()).catch(() => undefined)
    },
  }
  const unlisten = instance.listen(CHANGE_CHANNEL, () => {
    state.generation += 1
  })
  state.ready = unlisten.then(() => {
    state.listening = true
  })
  return state
}
