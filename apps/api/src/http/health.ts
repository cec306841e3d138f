import type { ServerResponse } from 'node:http'
import type { Service } from '../service'
import { sendJson } from './respond'

const ENGINE_NAMES = { pglite: 'PGlite (embedded)', postgres: 'PostgreSQL' } as const

/** The service's state in words that reveal no address and no driver message (the log has those). */
function state(service: Service): { status: string; problem?: string } {
  if (service.draining) return { status: 'draining', problem: 'the server is shutting down' }
  if (!service.context) {
    return {
      status: 'starting',
      problem: 'the database is not ready yet: the server is connecting to it or bringing it up to date',
    }
  }
  if (!service.context.monitor.reachable) {
    return { status: 'unavailable', problem: 'the database does not answer' }
  }
  return { status: 'ok' }
}

/**
 * 200 when the database answers, 503 saying which part is not ready. It reads the monitor's last probe (four a
 * second, on a session of its own) rather than querying: a full pool is not an outage, and health stays cheap.
 */
export function health(service: Service, res: ServerResponse): void {
  const { status, problem } = state(service)
  const database = {
    engine: ENGINE_NAMES[service.engine],
    reachable: service.context?.monitor.reachable ?? false,
  }
  sendJson(res, problem ? 503 : 200, { status, ...(problem ? { problem } : {}), database })
}
