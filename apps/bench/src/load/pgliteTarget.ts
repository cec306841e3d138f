import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect } from '@atlas/db'
import type { BenchDataset } from '../generate/dataset'
import { importDataset, type LoadTimes } from './importDataset'

/** A data set loaded into a PGlite data folder that a server can then open as its DATA_DIR. */
export interface LoadedPglite {
  dataDir: string
  times: LoadTimes
  remove(): Promise<void>
}

/**
 * Makes a PGlite data folder in a new temporary folder, opened as the server opens DATA_DIR (connect), loads the
 * data set into it and closes it, which releases the folder's lock for the server process.
 */
export async function loadIntoPglite(
  dataset: BenchDataset,
  onCreated: (remove: () => Promise<void>) => void,
  onProgress: (message: string) => void,
): Promise<LoadedPglite> {
  const { dataDir, remove } = await freshPgliteFolder()
  onCreated(remove)
  onProgress(`created PGlite folder ${dataDir}`)
  const connection = await connect({ engine: 'pglite', dataDir })
  try {
    const times = await importDataset(connection.db, dataset, onProgress)
    return { dataDir, times, remove }
  } finally {
    await connection.close()
  }
}

/** A path for a PGlite data folder that does not exist yet, in a new temporary folder that `remove` deletes. */
export async function freshPgliteFolder(): Promise<{ dataDir: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(join(tmpdir(), 'atlas-bench-'))
  return { dataDir: join(parent, 'pglite'), remove: () => rm(parent, { recursive: true, force: true }) }
}
