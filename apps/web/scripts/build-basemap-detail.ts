/**
 * Writes the close-up basemap's tiles (src/map/basemap/detailTiles.ts) and their list into the folder it is given:
 * run by the build (build/basemapDetail.ts), which keeps them in its cache until the data or this code changes.
 * Each tile has its brotli and gzip copies beside it, as build/precompress.ts makes them for the app's text files,
 * made here so that they are kept in the cache too rather than compressed again by every build.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { compressedCopies } from '../build/precompress'
import { detailTiles } from '../src/map/basemap/buildDetailTiles'
import { DETAIL_INDEX_FILE, type DetailIndex } from '../src/map/basemap/detailTiles'
import { detailSources } from './basemapDetailSources'

const [folder] = process.argv.slice(2)
if (!folder) throw new Error('usage: build-basemap-detail.ts <folder to write the tiles to>')

const index: DetailIndex = { tiles: [] }
let bytes = 0
for (const tile of detailTiles(detailSources())) {
  const file = join(folder, `${tile.name}.pbf`)
  await mkdir(dirname(file), { recursive: true })
  const copies = await compressedCopies(tile.data, { text: false })
  await Promise.all([
    writeFile(file, tile.data),
    ...copies.map(({ suffix, body }) => writeFile(file + suffix, body)),
  ])
  index.tiles.push(tile.name)
  bytes += tile.data.length
}
await writeFile(join(folder, DETAIL_INDEX_FILE), JSON.stringify(index))
console.log(`${folder}: ${index.tiles.length} tiles, ${(bytes / 1e6).toFixed(1)} MB`)
