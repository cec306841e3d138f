import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'

const BLOCK = 512
/** The file whose presence tells PGlite that a folder holds a database, so it is written last. */
const VERSION_FILE = 'PG_VERSION'
/** The lock of the PostgreSQL that the copy was taken from, which a copy taken while it ran holds. */
const POSTMASTER_LOCK = 'postmaster.pid'

/** A file or folder of a tar archive, by its path inside the data folder. */
interface TarEntry {
  name: string
  directory: boolean
  data: Uint8Array
}

/**
 * Puts the template's database into a data folder that holds none, and returns whether there was a template: without
 * its file, PGlite's initdb creates the database instead. The caller holds the folder's lock.
 */
export async function startFromTemplate(template: string, dataDir: string): Promise<boolean> {
  let archive: Uint8Array
  try {
    archive = await readFile(template)
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return false
    throw error
  }
  unpackDataDir(archive, dataDir)
  return true
}

/**
 * Writes a data folder saved as a gzipped tar (PGlite's `dumpDataDir`) into `dataDir`, PG_VERSION last: should the
 * process stop halfway, the folder still reads as one without a database and is unpacked again at the next start,
 * each file overwritten, rather than opened half-written. Synchronous, as a start has nothing else to do meanwhile:
 * its thousand small files take less than half the time that they take through the thread pool.
 */
export function unpackDataDir(archive: Uint8Array, dataDir: string): void {
  const folder = resolve(dataDir)
  let version: Uint8Array | undefined
  for (const entry of tarEntries(gunzipSync(archive))) {
    // PGlite names the entries from the folder's root: `/base/1/112`.
    const path = resolve(folder, entry.name.replace(/^\/+/, ''))
    const inside = relative(folder, path)
    if (inside.startsWith('..') || isAbsolute(inside))
      throw new Error(`the data folder's archive names a file outside it: ${entry.name}`)
    if (inside === '' || inside === POSTMASTER_LOCK) continue
    if (entry.directory) mkdirSync(path, { recursive: true, mode: 0o750 })
    else if (inside === VERSION_FILE) version = entry.data
    else {
      mkdirSync(join(path, '..'), { recursive: true, mode: 0o750 })
      writeFileSync(path, entry.data, { mode: 0o640 })
    }
  }
  if (!version) throw new Error(`the data folder's archive has no ${VERSION_FILE}: it holds no database`)
  writeFileSync(join(folder, VERSION_FILE), version, { mode: 0o640 })
}

/** The files and folders of a ustar archive (as PGlite writes them: names of up to 100 bytes, no links). */
function* tarEntries(tar: Uint8Array): Generator<TarEntry> {
  const text = (offset: number, length: number) =>
    Buffer.from(tar.subarray(offset, offset + length))
      .toString('utf8')
      .replace(/\0.*$/s, '')
  for (let offset = 0; offset + BLOCK <= tar.length; ) {
    // Two zero blocks end the archive.
    if (tar.subarray(offset, offset + BLOCK).every((byte) => byte === 0)) return
    if (!text(offset + 257, 6).startsWith('ustar'))
      throw new Error("the data folder's archive is not a tar file")
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8)
    const type = text(offset + 156, 1)
    const name = text(offset, 100)
    if (type !== '0' && type !== '' && type !== '5')
      throw new Error(
        `the data folder's archive holds ${name} of the tar type ${type}, neither file nor folder`,
      )
    const start = offset + BLOCK
    yield { name, directory: type === '5', data: tar.subarray(start, start + size) }
    offset = start + Math.ceil(size / BLOCK) * BLOCK
  }
}
