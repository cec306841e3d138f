import { Readable } from 'node:stream'
import { applyImport, type Database, ImportRefused, migrateToLatest, seedIfNew } from '@atlas/db'
import type { Kysely } from 'kysely'
import type { BenchDataset } from '../generate/dataset'
import { writeBenchRecords } from './benchRecords'
import { institutionsCsv, linksCsv } from './importCsv'

/** How long each step of loading a data set took, in milliseconds. */
export interface LoadTimes {
  /** Migrations and the seed, as the server runs them on a new database. */
  prepareMs: number
  institutionsMs: number
  linksMs: number
}

/**
 * Loads a data set as an editor would: the database migrated and seeded as the server does it, the bench's
 * account, source and initiatives written, then the institutions file and the links file each through the
 * product's import (`applyImport`, one transaction a file). A refused file throws with the import's report.
 */
export async function importDataset(
  db: Kysely<Database>,
  dataset: BenchDataset,
  onProgress: (message: string) => void,
): Promise<LoadTimes> {
  let started = performance.now()
  await migrateToLatest(db)
  await seedIfNew(db)
  const prepareMs = performance.now() - started
  const { userId, sourceId } = await writeBenchRecords(db, dataset.initiatives)
  const importFile = async (kind: 'institutions' | 'links', rows: () => Generator<string>, total: number) => {
    started = performance.now()
    let reported = 0
    try {
      await applyImport(db, { kind, format: 'csv', open: () => Readable.from(rows()) }, userId, {
        onProgress: ({ rows: done }) => {
          if (done > reported && (done - reported >= total / 4 || done === total)) {
            reported = done
            onProgress(`${kind}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows`)
          }
        },
      })
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error
      const first = error.report.issues
        .slice(0, 5)
        .map((i) => `line ${i.line} ${i.column ?? ''}: ${i.message}`)
      throw new Error(`the ${kind} file was refused: ${error.message}\n${first.join('\n')}`)
    }
    return performance.now() - started
  }
  const institutionsMs = await importFile(
    'institutions',
    () => institutionsCsv(dataset, sourceId),
    dataset.institutions.length,
  )
  const linksMs = await importFile('links', () => linksCsv(dataset, sourceId), dataset.links.length)
  return { prepareMs, institutionsMs, linksMs }
}
