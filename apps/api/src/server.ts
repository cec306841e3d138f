import { createServer, type Server } from 'node:http'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import { exportGeoJson } from './http/exports'
import { health } from './http/health'
import { sendError } from './http/respond'
import { staticFiles } from './http/staticFiles'
import { appRouter } from './router'
import type { Context } from './trpc'

/** Wiring only: which path goes to which handler. A failing request answers for itself and never ends the process. */
export function createAppServer(ctx: Context, options: { webDist: string }): Server {
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    // Every procedure is a query: nothing the api reads needs a large body.
    maxBodySize: 100_000,
    createContext: () => ctx,
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        console.error(`trpc ${path ?? '?'} failed:`, error.cause ?? error)
    },
  })
  const web = staticFiles(options.webDist)

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const route = async () => {
      if (url.pathname.startsWith('/trpc/')) return trpc(req, res)
      if (url.pathname === '/healthz') return health(ctx, res)
      if (url.pathname.startsWith('/api/export/')) {
        return exportGeoJson(ctx, url.pathname.slice('/api/export/'.length), url.searchParams, res)
      }
      if (url.pathname.startsWith('/api/')) return sendError(res, 404, `no api route ${url.pathname}`)
      return web(req, res, url.pathname)
    }
    route().catch((error: unknown) => {
      console.error(`${req.method} ${url.pathname} failed:`, error)
      if (!res.headersSent) sendError(res, 500, 'internal error')
      else res.destroy()
    })
  })
}
