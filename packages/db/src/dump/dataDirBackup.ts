import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely } from 'kysely'
import { DataDirFS } from '../dataDirFs'
import { type DataDirLock, LOCK_FILE, lockDataDir } from '../dataDirLock'
import { PGliteDialect } from '../pgliteDialect'
import type { Database } from '../types'
import { appliedMigrations } from './appliedMigrations'

/** A backup of the embedded database: its data folder as a gzipped tar, as PGlite's `dumpDataDir` writes it. */
export interface DataDirBackup {
  archive: Uint8Array
  /** The latest migration applied to the database backed up. */
  migration: string
}

const GZIP_MAGIC = [0x1f, 0x8b]

/**
 * Backs up a PGlite data folder that no server is using; one that a server uses is refused with a message that
 * says to stop it first and names the folder. Holding the folder's lock, this process is the only one that can
 * write it, so the copy is consistent: PGlite opens it (finishing any recovery a crash left), checkpoints, and
 * copies the files while nothing runs.
 */
export async function backUpDataDir(dataDir: string): Promise<DataDirBackup> {
  const folder = resolve(dataDir)
  if (!existsSync(join(folder, 'PG_VERSION')))
    throw new Error(`there is no embedded database in ${folder} to back up`)
  const lock = await lockToItself(folder, 'backup')
  try {
    return await openLocked(folder, {}, async (pglite, migration) => {
      await pglite.exec('checkpoint')
      const archive = new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer())
      return { archive, migration }
    })
  } finally {
    lock.release()
  }
}

/**
 * Replaces the database in a PGlite data folder (created if missing) by a backup of `backUpDataDir`, and returns the
 * latest migration the backup holds. Refused while a server uses the folder. The folder's files are moved aside
 * first and put back if the backup cannot be loaded or holds no atlas database, so a failed restore loses nothing.
 */
export async function restoreDataDir(dataDir: string, archive: Uint8Array): Promise<string> {
  if (!GZIP_MAGIC.every((byte, index) => archive[index] === byte))
    throw new Error('not a backup of the embedded database (a gzipped copy of its data folder)')
  const folder = resolve(dataDir)
  await mkdir(folder, { recursive: true })
  const lock = await lockToItself(folder, 'restore')
  try {
    const aside = await mkdtemp(`${folder}.before-restore-`)
    let loading = false
    let migration: string
    try {
      await moveEntries(folder, aside)
      loading = true
      migration = await openLocked(
        folder,
        // A copy typed for Blob: a Buffer may sit on a SharedArrayBuffer, which the DOM typings refuse.
        { loadDataDir: new Blob([new Uint8Array(archive)]) },
        async (_pglite, latest) => latest,
      )
    } catch (error) {
      await putBack(folder, aside, loading, error)
      throw error
    }
    await rm(aside, { recursive: true, force: true })
    return migration
  } finally {
    lock.release()
  }
}

/**
 * Undoes a restore that failed: what it loaded removed, the files moved aside moved back. Should that fail too, the
 * error says where the files are, rather than leaving them to be found.
 */
async function putBack(folder: string, aside: string, loaded: boolean, failure: unknown): Promise<void> {
  try {
    if (loaded) await removeEntries(folder)
    await moveEntries(aside, folder)
    await rm(aside, { recursive: true, force: true })
  } catch (error) {
    const why = failure instanceof Error ? failure.message : String(failure)
    throw new Error(
      `the restore failed (${why}), and so did putting the folder back: its files are in ${aside}`,
      {
        cause: error,
      },
    )
  }
}

/**
 * Opens PGlite on a data folder whose lock the caller holds, runs `work` with the latest migration the database has
 * applied (refusing one that is no atlas database), and closes it. The caller releases the lock, after whatever it
 * does with the folder once PGlite has closed it.
 */
async function openLocked<T>(
  folder: string,
  options: { loadDataDir?: Blob },
  work: (pglite: PGlite, migration: string) => Promise<T>,
): Promise<T> {
  const heldByCaller: DataDirLock = { release: () => {} }
  const pglite = await PGlite.create({
    ...options,
    dataDir: folder,
    fs: new DataDirFS(folder, heldByCaller),
  }).catch((error: unknown) => {
    if (!options.loadDataDir) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`the backup is no data folder PGlite can load (${reason})`, { cause: error })
  })
  try {
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) })
    const migration = await appliedMigrations(db).then(
      (names) => names.at(-1),
      (error: unknown) => {
        throw new Error(`the database in ${folder} is not the atlas's: it has no record of migrations`, {
          cause: error,
        })
      },
    )
    if (!migration)
      throw new Error(`the database in ${folder} is not the atlas's: it has no migration applied`)
    return await work(pglite, migration)
  } finally {
    if (!pglite.closed) await pglite.close()
  }
}

/** The folder's lock, or an error that says to stop the server first when another process holds it. */
async function lockToItself(folder: string, what: 'backup' | 'restore'): Promise<DataDirLock> {
  try {
    return await lockDataDir(folder)
  } catch (error) {
    const lockFile = join(folder, LOCK_FILE)
    if (!existsSync(lockFile)) throw error
    const holder = readFileSync(lockFile, 'utf8').trim()
    throw new Error(
      `stop the server first: the embedded database in ${folder} is in use (by the process ${holder}), ` +
        `and a ${what} needs it to itself`,
    )
  }
}

/** Moves every entry of a folder but its lock file into another folder, and returns their names. */
async function moveEntries(from: string, to: string): Promise<string[]> {
  const names = (await readdir(from)).filter((name) => name !== LOCK_FILE)
  for (const name of names) await rename(join(from, name), join(to, name))
  return names
}

async function removeEntries(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (name !== LOCK_FILE) await rm(join(folder, name), { recursive: true, force: true })
  }
}
