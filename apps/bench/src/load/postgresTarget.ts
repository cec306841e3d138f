import { connect } from '@atlas/db'
import { createThrowawayDatabase } from '../../../api/bench/database'
import type { BenchDataset } from '../generate/dataset'
import { importDataset, type LoadTimes } from './importDataset'

/** A data set loaded into a database of its own on a PostgreSQL server. */
export interface LoadedPostgres {
  url: string
  /** PostgreSQL's version string, for the report. */
  version: string
  times: LoadTimes
  drop(): Promise<void>
}

/** The import's statements run long on big files; the server's 5 s default is meant for requests, not loads. */
const LOAD_STATEMENT_TIMEOUT_MS = 30 * 60_000

/**
 * Makes a throwaway database on the PostgreSQL at `adminUrl` (the api bench's helper) and loads the data set into
 * it; `onCreated` hears of it at once, so a failed or stopped load still drops it.
 */
export async function loadIntoPostgres(
  adminUrl: string,
  dataset: BenchDataset,
  onCreated: (drop: () => Promise<void>) => void,
  onProgress: (message: string) => void,
): Promise<LoadedPostgres> {
  const database = await createThrowawayDatabase(adminUrl)
  onCreated(database.drop)
  onProgress(`created database ${database.name}`)
  const connection = await connect({
    engine: 'postgres',
    url: database.url,
    statementTimeoutMs: LOAD_STATEMENT_TIMEOUT_MS,
  })
  try {
    const times = await importDataset(connection.db, dataset, onProgress)
    return { url: database.url, version: database.version, times, drop: database.drop }
  } finally {
    await connection.close()
  }
}
