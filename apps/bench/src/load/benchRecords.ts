import { createRecord, type Database, initiativeStore, insertUser, sourceStore } from '@atlas/db'
import type { Kysely } from 'kysely'
import type { BenchInitiative } from '../generate/dataset'

/** The editor the bench imports as: every record it writes is kept in history under this account. */
export const BENCH_EDITOR = { id: 'bench-editor', email: 'bench-editor@example.org' } as const

/** The one source every synthetic record cites (the import requires a source on every row). */
export const BENCH_SOURCE_ID = 'bench-synthetic-data'

/** A colour for each initiative, in the order the data set lists them. */
const COLOURS = ['#2563eb', '#dc2626', '#f97316', '#16a34a', '#9333ea', '#c026d3', '#0d9488', '#ca8a04']

/**
 * What the import needs before the files: an editor account, the source the rows cite and the initiatives the
 * links name (parents first, so a child's parent exists), written through the records' own stores.
 */
export async function writeBenchRecords(
  db: Kysely<Database>,
  initiatives: readonly BenchInitiative[],
): Promise<{ userId: string; sourceId: string }> {
  await insertUser(db, { ...BENCH_EDITOR, name: 'Benchmark', role: 'editor', createdBy: null })
  await createRecord(
    db,
    sourceStore,
    {
      id: BENCH_SOURCE_ID,
      title: 'Synthetic data of the scale benchmark',
      publisher: 'Partnership Atlas benchmark',
      publishedOn: null,
      seedFile: null,
      url: 'https://example.org/partnership-atlas/bench',
      accessedOn: null,
      text: null,
    },
    BENCH_EDITOR.id,
  )
  const parentsFirst = [...initiatives].sort(
    (a, b) => Number(a.parentId !== null) - Number(b.parentId !== null),
  )
  for (const initiative of parentsFirst) {
    await createRecord(
      db,
      initiativeStore,
      {
        ...initiative,
        colour: COLOURS[initiatives.indexOf(initiative) % COLOURS.length] ?? '#64748b',
        description: `${initiative.name}: a synthetic initiative of the scale benchmark.`,
        sourceIds: [BENCH_SOURCE_ID],
      },
      BENCH_EDITOR.id,
    )
  }
  return { userId: BENCH_EDITOR.id, sourceId: BENCH_SOURCE_ID }
}
