import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib'
import type { Context } from '@atlas/api'
import { appRouter, sessionTokenOf } from '@atlas/api'
import type { DatabaseMonitor } from '@atlas/db'
import { LIMITS } from '@atlas/schema'
import { negotiate } from '@fastify/accept-negotiator'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import type { Logger } from '../log'
import { ReadCache } from '../readCache'
import type { Service } from '../service'
import { crossSiteRefusal } from './crossSite'
import { readBody } from './readBody'
import { sendError } from './respond'
import { visitorOf } from './visitorOf'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)
/** The answers kept in memory weigh at most this together (their compressed copies aside). */
const MAX_KEPT_BYTES = 256 * 1024 * 1024
/** Answers smaller than this go out as they are: compressing them saves less than it costs. */
const COMPRESS_FROM_BYTES = 1_024

/** A tRPC answer, whole: kept as bytes so a repeat costs a lookup and a write, not a query and a stringify. */
interface Answer {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  etag: string
  /** Its compressed copies, made once on first demand (a kept answer is compressed once, not per request). */
  compressed: Partial<Record<Coding, Promise<Buffer>>>
}

/** Brotli first: a third smaller than gzip on the api's JSON, at a quality fast enough for each new answer. */
const CODINGS = ['br', 'gzip'] as const
type Coding = (typeof CODINGS)[number]

function compressedAs(answer: Answer, coding: Coding): Promise<Buffer> {
  answer.compressed[coding] ??=
    coding === 'br'
      ? brotliAsync(answer.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipAsync(answer.body)
  return answer.compressed[coding]
}

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
  let kept: { monitor: DatabaseMonitor; answers: ReadCache<Answer> } | undefined
  const answersFor = (context: Context) => {
    if (kept?.monitor !== context.monitor) {
      kept = {
        monitor: context.monitor,
        answers: new ReadCache(context.monitor, {
          keep: (answer) => answer.status === 200,
          weigh: (answer) => answer.body.length,
          maxWeight: MAX_KEPT_BYTES,
        }),
      }
    }
    return kept.answers
  }

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
    const bytes = Buffer.from(await response.arrayBuffer())
    return {
      status: response.status,
      headers: {
        ...Object.fromEntries(response.headers),
        ...(cookies.length > 0 && { 'set-cookie': cookies }),
      },
      body: bytes,
      etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`,
      compressed: {},
    }
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
      ? await answersFor(context).read(url.pathname + url.search, () => resolve(context, req, url))
      : await resolve(context, req, url)
    // Anonymous reads may be kept by a CDN (and checked again each time); a signed-in read is for that browser alone.
    const headers = {
      ...answer.headers,
      etag: answer.etag,
      'cache-control': shared ? 'no-cache' : 'private, no-cache',
      vary: 'accept-encoding, cookie',
    }
    if (answer.status === 200 && req.headers['if-none-match'] === answer.etag) {
      res.writeHead(304, headers)
      return void res.end()
    }
    const coding =
      answer.body.length >= COMPRESS_FROM_BYTES
        ? negotiate(String(req.headers['accept-encoding'] ?? ''), [...CODINGS])
        : null
    if (coding === 'br' || coding === 'gzip') {
      const compressed = await compressedAs(answer, coding)
      res.writeHead(answer.status, {
        ...headers,
        'content-encoding': coding,
        'content-length': compressed.length,
      })
      return void res.end(compressed)
    }
    res.writeHead(answer.status, { ...headers, 'content-length': answer.body.length })
    res.end(answer.body)
  }
}
