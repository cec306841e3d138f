import type { ServerResponse } from 'node:http'
import { sql } from 'kysely'
import type { Context } from '../trpc'
import { sendJson } from './respond'

const ENGINE_NAMES = { pglite: 'PGlite (embedded)', postgres: 'PostgreSQL' } as const

/** 200 when the database answers, 503 when it does not; both name the engine. */
export async function health(ctx: Context, res: ServerResponse): Promise<void> {
  const engine = ENGINE_NAMES[ctx.engine]
  try {
    await sql`select 1`.execute(ctx.db)
    sendJson(res, 200, { status: 'ok', database: { engine, reachable: true } })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    sendJson(res, 503, { status: 'unavailable', database: { engine, reachable: false, error: reason } })
  }
}
