import type { Kysely } from 'kysely'
import type { Database } from '../types'
import { seedDataset } from './dataset'
import { type WriteCounts, writeDataset } from './writeDataset'

const SEEDED_KEY = 'seeded_at'

/** Writes the seed data set (idempotent) and remembers that it did. */
export async function seed(db: Kysely<Database>): Promise<WriteCounts> {
  const counts = await writeDataset(db, seedDataset())
  await db
    .insertInto('atlas_meta')
    .values({ key: SEEDED_KEY, value: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute()
  return counts
}

/** Seeds a database only the first time, so records that editors later delete do not come back on restart. */
export async function seedIfNew(db: Kysely<Database>): Promise<WriteCounts | null> {
  const marker = await db
    .selectFrom('atlas_meta')
    .select('value')
    .where('key', '=', SEEDED_KEY)
    .executeTakeFirst()
  return marker ? null : seed(db)
}
