import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
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

/** Longer paths name no file of the web app, and the file system would refuse them (ENAMETOOLONG) as an error. */
export const MAX_PATH_BYTES = 1024
/** NAME_MAX of the usual Linux file systems: a longer name fails the same way. */
export const MAX_SEGMENT_BYTES = 255

/** A request path the web root can serve, or the 4xx answer for one it cannot. */
export type WebPath = { path: string } | { status: 400 | 404; message: string }

/**
 * Maps a URL path onto a file path under `base` (which ends with the separator). Anything the file system would
 * throw on rather than answer "no such file" is refused here, so that an odd path is the client's error, not ours.
 */
export function resolveWebPath(base: string, pathname: string): WebPath {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch (error) {
    if (error instanceof URIError) return { status: 400, message: 'the path is not valid URL encoding' }
    throw error
  }
  if (decoded.includes('\u0000')) return { status: 400, message: 'the path must not contain a NUL character' }
  // A backslash is a separator on Windows: refusing it keeps what a path names the same on every system.
  if (decoded.includes('\\')) return { status: 400, message: 'the path must not contain a backslash' }
  if (Buffer.byteLength(decoded) > MAX_PATH_BYTES) {
    return { status: 404, message: `no file of the web app has a path over ${MAX_PATH_BYTES} bytes` }
  }
  if (decoded.split('/').some((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES)) {
    return { status: 404, message: `no file of the web app has a name over ${MAX_SEGMENT_BYTES} bytes` }
  }
  const path = normalize(join(base, decoded))
  if (!path.startsWith(base)) return { status: 400, message: 'the path leaves the web root' }
  return { path }
}

/**
 * Serves the built web app (GET and HEAD: the server refuses other methods before it gets here). Paths that are
 * not files get index.html, so a shared link to any view opens the app. Hashed files under assets/ never change
 * and are cached for a year.
 */
export function staticFiles(root: string) {
  const base = normalize(root + sep)
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const resolved = resolveWebPath(base, pathname)
    if (!('path' in resolved)) return sendError(res, resolved.status, resolved.message)
    const file = (await isFile(resolved.path)) ? resolved.path : join(base, 'index.html')
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
    // A read error (the file replaced mid-deploy) reaches the server's handler, which logs it and cuts the answer.
    await pipeline(createReadStream(file), res).catch((error: unknown) => {
      // A client that hangs up mid-file is not the server's failure.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
    })
  }
}

/** Errors that mean the path names no file, rather than that the server cannot read its own files. */
const NOT_A_FILE = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG'])

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch (error) {
    if (NOT_A_FILE.has((error as NodeJS.ErrnoException).code ?? '')) return false
    throw error
  }
}
