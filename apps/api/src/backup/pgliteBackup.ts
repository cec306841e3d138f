import { readFile, writeFile } from 'node:fs/promises'
import { backUpDataDir, restoreDataDir } from '@atlas/db'
import { expectBackupKind } from './backupKind'
import { writeAtomically } from './writeAtomically'

/**
 * Backs up the embedded database in its data folder into a file (a gzipped tar that PGlite's `loadDataDir` reads)
 * and returns its latest migration. Refused while a server uses the folder: stop it first.
 */
export async function backUpPglite(dataDir: string, file: string): Promise<string> {
  const { archive, migration } = await backUpDataDir(dataDir)
  await writeAtomically(file, (partial) => writeFile(partial, archive))
  return migration
}

/** Replaces the embedded database in its data folder by a backup of `backUpPglite`; refused while a server runs. */
export async function restorePglite(dataDir: string, file: string): Promise<string> {
  await expectBackupKind(file, 'pglite')
  return restoreDataDir(dataDir, await readFile(file))
}
