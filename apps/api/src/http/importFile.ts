import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { currentAccount } from '@atlas/api'
import { applyImport, ImportRefused, planImport } from '@atlas/db'
import { importFormatSchema, importKindSchema } from '@atlas/schema'
import { z } from 'zod'
import type { Service } from '../service'
import { crossSiteRefusal } from './crossSite'
import { sendError } from './respond'
import { spoolBody } from './spoolBody'
import { visitorOf } from './visitorOf'

/** A 50,000-row spreadsheet is a few megabytes; this leaves room for long descriptions. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

const paramsSchema = z.strictObject({
  kind: importKindSchema,
  format: importFormatSchema,
  apply: z.enum(['0', '1']).default('0'),
})

/**
 * `POST /api/import?kind=institutions&format=csv[&apply=1]` with the file as the body: editors only, from this
 * site's pages. Without `apply` it is the dry run. The answer is a stream of JSON lines: `{"progress":{"rows":n}}`
 * as rows are checked, then `{"report":…}`; an applied import that finds a problem writes nothing and ends with
 * `{"refused":report}`.
 */
export async function importFile(
  service: Service,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: { publicUrl?: string; secureCookies: boolean },
): Promise<void> {
  const context = service.context
  if (!context) return sendError(res, 503, 'the database is not ready yet; try again shortly')
  const refusal = crossSiteRefusal(req, options.publicUrl, { json: false })
  if (refusal) return sendError(res, refusal.status, refusal.message)
  const params = paramsSchema.safeParse(Object.fromEntries(url.searchParams))
  if (!params.success) {
    const problem = params.error.issues[0]
    return sendError(res, 400, `${problem?.path.join('.') || 'query'}: ${problem?.message ?? 'is not valid'}`)
  }
  const account = await currentAccount({ ...context, visitor: visitorOf(req, options.secureCookies, []) })
  if (!account) return sendError(res, 401, 'sign in to import into the atlas')

  const upload = await spoolBody(req, MAX_IMPORT_BYTES)
  try {
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' })
    const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`)
    const input = { ...params.data, open: () => createReadStream(upload.path) }
    const onProgress = (progress: { rows: number }) => line({ progress })
    try {
      const report =
        params.data.apply === '1'
          ? await applyImport(context.db, input, account.id, { onProgress })
          : await planImport(context.db, input, { onProgress })
      line({ report })
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error
      line({ refused: error.report })
    }
    res.end()
  } finally {
    await upload.remove()
  }
}
