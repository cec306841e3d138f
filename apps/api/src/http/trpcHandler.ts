import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Context } from '@atlas/api'
import { appRouter, sessionTokenOf } from '@atlas/api'
import { LIMITS } from '@atlas/schema'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import type { Logger } from '../log'
import type { Service } from '../service'
import { crossSiteRefusal } from './crossSite'
import { type Answer, answerOf, keptAnswers, sendAnswer } from './keptAnswer'
import { readBody } from './readBody'
import { sendError } from './respond'
import { visitorOf } from './visitorOf'

/**
 * tRPC at /trpc/. A GET is a read: its answer is kept, by URL, until the data changes (see ReadCache), sent with an
 * ETag so a browser's repeat costs a 304, and compressed once (brotli or gzip) for clients that take it. Bodies
 * (POST, for mutations) are read up to `maxBodyBytes`, and only from this site's own pages (see crossSiteRefusal).
 * Each request carries its visitor: the session cookie's token and the address, for sign-in and the editors'
 * procedures.
 */
export function trpcHandler(
  service: Service,
  options: { logger: Logger; maxBodyBytes: number; publicUrl?: string; secureCookies: boolean },
) {
  const answersFor = keptAnswers()

  const resolve = async (context: Context, req: IncomingMessage, url: URL): Promise<Answer> => {
    const body = req.method === 'POST' ? await readBody(req, options.maxBodyBytes) : undefined
    const cookies: string[] = []
    const visitor = visitorOf(req, options.secureCookies, cookies)
    const headers = new Headers({ 'x-request-id': String(req.headers['x-request-id']) })
    if (body) headers.set('content-type', String(req.headers['content-type'] ?? 'application/json'))
    const response = await fetchRequestHandler({
      router: appRouter,
      endpoint: '/trpc',
      req: new Request(`http://localhost${url.pathname}${url.search}`, { method: req.method, headers, body }),
      // The web app batches at most 4 reads; the cap keeps one request from asking for a thousand queries.
      maxBatchSize: LIMITS.batchSize,
      createContext: () => ({ ...context, visitor }),
      responseMeta: ({ errors }) =>
        errors.some((e) => e.code === 'SERVICE_UNAVAILABLE' || e.code === 'TOO_MANY_REQUESTS')
          ? { headers: { 'retry-after': '1' } }
          : {},
      onError: ({ error, path, req: request }) => {
        const log = options.logger.child({ requestId: request.headers.get('x-request-id'), procedure: path })
        if (error.code === 'INTERNAL_SERVER_ERROR')
          log.error({ err: error.cause ?? error }, 'procedure failed')
        else if (error.code === 'SERVICE_UNAVAILABLE') log.warn({ err: error.cause ?? error }, error.message)
      },
    })
    return answerOf(
      response.status,
      {
        ...Object.fromEntries(response.headers),
        ...(cookies.length > 0 && { 'set-cookie': cookies }),
      },
      Buffer.from(await response.arrayBuffer()),
    )
  }

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const context = service.context
    if (!context) throw new Error('tRPC reached before the database was ready')
    if (req.method === 'POST') {
      const refusal = crossSiteRefusal(req, options.publicUrl, { json: true })
      if (refusal) return sendError(res, refusal.status, refusal.message)
    }
    // An editor's reads depend on who asks (auth.me, history): only anonymous reads are kept and shared.
    const shared = req.method === 'GET' && !sessionTokenOf(req.headers.cookie)
    const answer = shared
      ? await answersFor(context.monitor).read(url.pathname + url.search, () => resolve(context, req, url))
      : await resolve(context, req, url)
    // Anonymous reads may be kept by a CDN (and checked again each time); a signed-in read is for that browser alone.
    await sendAnswer(req, res, answer, shared ? 'no-cache' : 'private, no-cache')
  }
}
