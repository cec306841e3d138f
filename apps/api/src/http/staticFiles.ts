import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, relative, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { negotiate } from '@fastify/accept-negotiator'
import { send } from '@fastify/send'
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

/** Files under assets/ carry a hash of their content in their name: a changed file is a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * The precompressed copies the web app's build leaves beside a file (apps/web/build/precompress.ts), in the order
 * the server prefers them when a client accepts both.
 */
const PRECOMPRESSED: Record<string, string> = { br: '.br', gzip: '.gz' }
const CODINGS = Object.keys(PRECOMPRESSED)

/** Why send() refused a file it was given, in words for the client; anything else is the server's failure. */
const REFUSALS: Record<number, string> = {
  404: 'the file is gone from the web app',
  412: "the file does not meet the request's precondition",
  416: 'the requested range is outside the file',
}

/**
 * Serves the built web app (GET and HEAD: the server refuses other methods before it gets here). Paths that are
 * not files get index.html, so a shared link to any view opens the app; a missing file under assets/ is a 404, as
 * the page asked for it by its hashed name and index.html in its place would only fail in the browser. Hashed
 * files are cached for a year without a second look; the rest is revalidated with its ETag each time, and answers
 * 304 while unchanged. Text files go out as the brotli or gzip copy the build made, when the client takes it.
 */
export function staticFiles(root: string) {
  const base = normalize(root + sep)
  const assets = join(base, 'assets') + sep
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const resolved = resolveWebPath(base, pathname)
    if (!('path' in resolved)) return sendError(res, resolved.status, resolved.message)
    let file = resolved.path
    if (!(await isFile(file))) {
      if (file.startsWith(assets)) return sendError(res, 404, "no file of the web app's assets has this name")
      file = join(base, 'index.html')
      if (!(await isFile(file))) {
        return sendError(res, 404, 'the web app is not built: run the build first (npm start builds it)')
      }
    }
    const copies = await precompressedCopies(file)
    const coding = negotiate(String(req.headers['accept-encoding'] ?? ''), copies)
    const sent = coding ? file + PRECOMPRESSED[coding] : file
    // send() takes a URL path and decodes it again: each segment is encoded, so a name with a % stays that name.
    const urlPath = relative(base, sent).split(sep).map(encodeURIComponent).join('/')
    const result = await send(req, `/${urlPath}`, {
      root: base,
      // Everything under the root is the build's output, a .well-known/ copied from public/ included.
      dotfiles: 'allow',
      index: false,
      cacheControl: false,
      contentType: false,
    })
    if (result.type !== 'file') {
      const message = REFUSALS[result.statusCode]
      if (!message) throw result.type === 'error' ? result.metadata.error : new Error(`${sent} is not a file`)
      const range = result.headers['Content-Range']
      if (range) res.setHeader('content-range', range)
      return sendError(res, result.statusCode, message)
    }
    res.writeHead(result.statusCode, {
      ...result.headers,
      'cache-control': file.startsWith(assets) ? IMMUTABLE : 'no-cache',
      // Caches keep one answer per encoding, and a 304 repeats what the 200 said about them.
      ...(copies.length > 0 ? { vary: 'accept-encoding' } : {}),
      ...(result.statusCode === 304
        ? {}
        : {
            'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            ...(coding ? { 'content-encoding': coding } : {}),
          }),
    })
    // A read error (the file replaced mid-deploy) reaches the server's handler, which logs it and cuts the answer.
    await pipeline(result.stream, res).catch((error: unknown) => {
      // A client that hangs up mid-file is not the server's failure.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
    })
  }
}

/** The content codings whose precompressed copy lies beside a file, in the server's order of preference. */
async function precompressedCopies(file: string): Promise<string[]> {
  const present = await Promise.all(CODINGS.map((coding) => isFile(file + PRECOMPRESSED[coding])))
  return CODINGS.filter((_, index) => present[index])
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
