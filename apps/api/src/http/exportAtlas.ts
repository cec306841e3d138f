import type { IncomingMessage, ServerResponse } from 'node:http'
import { currentAccount } from '@atlas/api'
import { exportDatabase } from '@atlas/db'
import type { Service } from '../service'
import { sendError } from './respond'
import { visitorOf } from './visitorOf'

/**
 * GET /api/export/atlas.json: the whole database as `pnpm db:export` writes it, for admins only (it holds the
 * accounts' password hashes). Saved as a download; `pnpm db:import` loads it into an empty database.
 */
export async function exportAtlas(
  service: Service,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const context = service.context
  if (!context) return sendError(res, 503, 'the database is not ready yet; try again shortly')
  const account = await currentAccount({ ...context, visitor: visitorOf(req, false, []) })
  if (!account) return sendError(res, 401, 'sign in as an admin to export the whole atlas')
  if (account.role !== 'admin') return sendError(res, 403, 'only an admin may export the whole atlas')
  const body = JSON.stringify(await exportDatabase(context.db))
  const day = new Date().toISOString().slice(0, 10)
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="partnership-atlas-${day}.json"`,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
