import { readFile, stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)

/** Text-like files worth compressing; fonts, images and the like are compressed already. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.webmanifest',
  '.map',
])

const cache = new Map<string, { mtimeMs: number; body: Promise<Buffer> }>()

/** A file gzipped once and kept in memory until it changes on disk: the map's bundle is a megabyte of JavaScript. */
export async function gzippedFile(path: string): Promise<Buffer> {
  const { mtimeMs } = await stat(path)
  const cached = cache.get(path)
  if (cached && cached.mtimeMs === mtimeMs) return cached.body
  const body = readFile(path).then((content) => gzipAsync(content))
  cache.set(path, { mtimeMs, body })
  body.catch(() => cache.delete(path))
  return body
}
