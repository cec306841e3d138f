import { readdir, readFile, writeFile } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotliAsync = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Text, which compresses well; fonts and images are compressed in their own formats already. */
const COMPRESSIBLE = new Set([
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

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text file of the build, at the strongest settings,
 * which a build can afford and a request cannot: the server sends the copy a client accepts as it is
 * (apps/api/src/http/staticFiles.ts). Runs after the bundle and the public folder are written, over all of dist/.
 */
export function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'atlas:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async writeBundle() {
      const names = await readdir(outDir, { recursive: true })
      await Promise.all(
        names
          .filter((name) => COMPRESSIBLE.has(extname(name)))
          .map((name) => writeCopies(join(outDir, name))),
      )
    },
  }
}

/** A copy no smaller than the file is left out: the server then sends the file itself. */
async function writeCopies(file: string): Promise<void> {
  const content = await readFile(file)
  const copies = await compressedCopies(content, { text: true })
  await Promise.all(
    copies
      .filter(({ body }) => body.length < content.length)
      .map(({ suffix, body }) => writeFile(file + suffix, body)),
  )
}

/**
 * A file's brotli (`.br`) and gzip (`.gz`) copies at the strongest settings, as the server sends them; `text` tunes
 * brotli for text (the build's text files) rather than for binary data (the close-up basemap's tiles).
 */
export async function compressedCopies(
  content: Uint8Array,
  { text }: { text: boolean },
): Promise<{ suffix: '.br' | '.gz'; body: Buffer }[]> {
  const textParams = {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
  }
  return Promise.all([
    brotliAsync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, ...(text ? textParams : {}) },
    }).then((body) => ({ suffix: '.br' as const, body })),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }).then((body) => ({
      suffix: '.gz' as const,
      body,
    })),
  ])
}
