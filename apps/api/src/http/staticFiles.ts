import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { COMPRESSIBLE, gzippedFile } from './compressedFile'
import { sendError } from './respond'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pbf': 'application/x-protobuf',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
}

/**
 * Serves the built web app. Paths that are not files get index.html, so a shared link to any view opens the app.
 * Hashed files under assets/ never change and are cached for a year.
 */
export function staticFiles(root: string) {
  const base = normalize(root + sep)
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, `${req.method} is not allowed here`)
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return sendError(res, 400, 'the path is not valid URL encoding')
    }
    const path = normalize(join(base, decoded))
    if (!path.startsWith(base)) return sendError(res, 400, 'the path leaves the web root')
    const file = (await isFile(path)) ? path : join(base, 'index.html')
    if (!(await isFile(file))) {
      return sendError(res, 404, 'the web app is not built: run the build first (npm start builds it)')
    }
    const immutable = file.startsWith(join(base, 'assets') + sep)
    const headers = {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
    }
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = await gzippedFile(file)
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length })
      return void res.end(req.method === 'HEAD' ? undefined : body)
    }
    res.writeHead(200, headers)
    if (req.method === 'HEAD') return void res.end()
    createReadStream(file).pipe(res)
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === 'ENOENT' ||
      (error as NodeJS.ErrnoException).code === 'ENOTDIR'
    ) {
      return false
    }
    throw error
  }
}
