import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { databaseTrouble, TROUBLE_MESSAGES } from '@atlas/api'
import { LINK_COLUMNS_PATH } from '@atlas/schema'
import { addresses } from './http/addresses'
import { exportAtlas } from './http/exportAtlas'
import { exportGeoJson } from './http/exports'
import { health } from './http/health'
import { importFile, MAX_IMPORT_BYTES } from './http/importFile'
import { linkColumnsFile } from './http/linkColumnsFile'
import { BodyTooLarge } from './http/readBody'
import { sendError } from './http/respond'
import { ALLOWED_METHODS, type Area, areaOf } from './http/routes'
import { securityHeaders } from './http/securityHeaders'
import { staticFiles } from './http/staticFiles'
import { trpcHandler } from './http/trpcHandler'
import type { Logger } from './log'
import type { Service } from './service'

/** A record with its facts or a tour with its stops fits well within this; imports have their own route. */
const MAX_BODY_BYTES = 1_000_000
const REQUEST_ID = /^[\w.-]{1,64}$/

export interface ServerOptions {
  webDist: string
  logger: Logger
  /** Requests served at once; more are refused with 503 at once rather than queued without end. */
  maxInFlight?: number
  /** Origins besides this one that the page may contact (an online basemap). */
  extraOrigins?: string[]
  /** PUBLIC_URL: the address share links name instead of the one the browser used. */
  publicUrl?: string
}

/** Wiring only: which path goes to which handler. A failing request answers for itself and never ends the process. */
export function createAppServer(service: Service, options: ServerOptions): Server {
  const { logger } = options
  const maxInFlight = options.maxInFlight ?? 200
  const secureCookies = options.publicUrl?.startsWith('https:') ?? false
  const trpc = trpcHandler(service, {
    logger,
    maxBodyBytes: MAX_BODY_BYTES,
    publicUrl: options.publicUrl,
    secureCookies,
  })
  const web = staticFiles(options.webDist)
  const linkColumns = linkColumnsFile()

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL, area: Area) => {
    if (area === 'trpc') return trpc(req, res, url)
    if (area === 'health') return health(service, res)
    if (area === 'addresses')
      return addresses(req, res, { publicUrl: options.publicUrl, listening: server.address() })
    if (area === 'web') return web(req, res, url.pathname)
    if (!service.context) return sendError(res, 503, 'the database is not ready yet; try again shortly')
    if (area === 'import') {
      return importFile(service, req, res, url, { publicUrl: options.publicUrl, secureCookies })
    }
    if (area === 'export' && url.pathname === '/api/export/atlas.json') return exportAtlas(service, req, res)
    if (area === 'export') {
      return exportGeoJson(service.context, url.pathname.slice('/api/export/'.length), url.searchParams, res)
    }
    if (url.pathname === LINK_COLUMNS_PATH) return linkColumns(service.context, req, res, url)
    return sendError(res, 404, `no api route ${url.pathname}`)
  }

  const server = createServer((req, res) => {
    const given = req.headers['x-request-id']
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    req.headers['x-request-id'] = requestId
    res.setHeader('x-request-id', requestId)
    const url = requestUrl(req.url)
    if (!url) return sendError(res, 400, 'the request target must be a path starting with /')
    for (const [name, value] of Object.entries(securityHeaders(url, options))) res.setHeader(name, value)

    const area = areaOf(url.pathname)
    const declaredLength = Number(req.headers['content-length'] ?? 0)
    const bodyLimit = area === 'import' ? MAX_IMPORT_BYTES : MAX_BODY_BYTES
    const takesBody =
      (area === 'trpc' || area === 'import') && req.method === 'POST' && declaredLength <= bodyLimit
    // A body this server will not read is not read at all: the connection closes after the answer, rather than
    // reading and discarding megabytes to keep it alive.
    if ((declaredLength > 0 || req.headers['transfer-encoding'] !== undefined) && !takesBody) {
      res.setHeader('connection', 'close')
    }
    if (service.draining) {
      res.setHeader('connection', 'close')
      return sendError(res, 503, 'the server is shutting down; try again shortly')
    }
    if (!ALLOWED_METHODS[area].includes(req.method ?? '')) {
      res.setHeader('allow', ALLOWED_METHODS[area].join(', '))
      return sendError(res, 405, `${req.method} is not allowed on ${url.pathname}`)
    }
    if (declaredLength > bodyLimit) {
      return sendError(res, 413, `the request body is over ${bodyLimit} bytes`)
    }
    if (area === 'trpc' && !service.context) {
      return sendError(res, 503, 'the database is not ready yet; try again shortly')
    }
    if (service.inFlight.size >= maxInFlight && area !== 'health') {
      return sendError(res, 503, TROUBLE_MESSAGES.busy)
    }

    service.inFlight.add(res)
    res.once('close', () => service.inFlight.delete(res))
    route(req, res, url, area).catch((error: unknown) => {
      if (error instanceof BodyTooLarge && !res.headersSent) {
        res.setHeader('connection', 'close')
        return sendError(res, 413, error.message)
      }
      const trouble = databaseTrouble(error)
      const log = logger.child({ requestId, method: req.method, path: url.pathname })
      if (trouble) log.warn({ err: error }, TROUBLE_MESSAGES[trouble])
      else log.error({ err: error }, 'request failed')
      if (res.headersSent) return void res.destroy()
      if (trouble) sendError(res, 503, TROUBLE_MESSAGES[trouble])
      else sendError(res, 500, 'internal error')
    })
  })
  return server
}

/** The request's path and query; undefined for a target that is not an origin-form path (`*`, a full URL, garbage). */
function requestUrl(target = ''): URL | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined
  try {
    return new URL(`http://localhost${target}`)
  } catch {
    return undefined
  }
}
