import type { ServerResponse } from 'node:http'
import type { Context } from '@atlas/api'
import { assertKnownInitiatives, withDeadline } from '@atlas/api'
import { listInstitutions, listInstitutionsById, listLinks } from '@atlas/db'
import { describeIssues, institutionFilterSchema, linkFilterSchema } from '@atlas/schema'
import { TRPCError } from '@trpc/server'
import { institutionsGeoJson, linksGeoJson } from './geojson'
import { queryToFilter } from './queryFilter'
import { sendError, sendJson } from './respond'

const GEOJSON = 'application/geo+json'

/**
 * GET /api/export/institutions.geojson and /api/export/links.geojson, filtered like the api's lists. The reading
 * has the request's deadline; a database in trouble is the caller's to answer (503).
 */
export async function exportGeoJson(
  ctx: Context,
  name: string,
  params: URLSearchParams,
  res: ServerResponse,
) {
  try {
    if (name === 'institutions.geojson') {
      const parsed = institutionFilterSchema.safeParse(
        queryToFilter(params, { lists: ['initiatives', 'countries', 'kinds'], strings: ['q'] }),
      )
      if (!parsed.success) return sendError(res, 400, describeIssues(parsed.error.issues))
      const institutions = await withDeadline(
        assertKnownInitiatives(ctx.db, parsed.data.initiatives).then(() =>
          listInstitutions(ctx.db, parsed.data),
        ),
        ctx.requestTimeoutMs,
      )
      return sendJson(res, 200, institutionsGeoJson(institutions), GEOJSON)
    }
    if (name === 'links.geojson') {
      const parsed = linkFilterSchema.safeParse(
        queryToFilter(params, {
          lists: ['initiatives', 'countries', 'linkKinds'],
          numbers: ['yearFrom', 'yearTo'],
        }),
      )
      if (!parsed.success) return sendError(res, 400, describeIssues(parsed.error.issues))
      const read = async () => {
        await assertKnownInitiatives(ctx.db, parsed.data.initiatives)
        const links = await listLinks(ctx.db, parsed.data)
        const ends = new Set(links.flatMap((link) => [link.fromId, link.toId]))
        return { links, institutions: await listInstitutionsById(ctx.db, [...ends]) }
      }
      const { links, institutions } = await withDeadline(read(), ctx.requestTimeoutMs)
      return sendJson(res, 200, linksGeoJson(links, institutions), GEOJSON)
    }
    sendError(res, 404, `no export named "${name}"; there are institutions.geojson and links.geojson`)
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return sendError(res, 400, error.message)
    throw error
  }
}
