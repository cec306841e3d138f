import type { Kysely } from 'kysely'
import { editedRecords } from '../history/listChanges'
import type { Database } from '../types'
import { seedDataset, seedDocuments } from './dataset'
import { fillCitations } from './fillCitations'
import { fillTranslations } from './fillTranslations'
import { withoutEdited } from './withoutEdited'
import { type WriteCounts, writeDataset } from './writeDataset'

// Raised when the seed data gains records that existing databases should receive (2: the tours; 3: the sources'
// texts and addresses, the facts' excerpts and the institutions' cited coordinates; 4: where groups were founded;
// 5: the translations of the initiatives, groups, tours and their stops).
const SEED_VERSION = 5
const SEED_VERSION_KEY = 'seed_version'

/**
 * Writes the seed data set (idempotent: existing records are left as they are, only empty citation and translation
 * columns of its own records filled in) and records its version. Records editors changed or deleted are left alone.
 */
export async function seed(db: Kysely<Database>): Promise<WriteCounts> {
  const data = await withoutEdited(db, seedDataset(), await editedRecords(db))
  const documents = seedDocuments()
  // Only a database an earlier seed wrote can have records whose citations or translations are still empty.
  const seededBefore = (await seedVersion(db)) !== null
  const counts = await writeDataset(db, data, documents)
  if (seededBefore) {
    await fillCitations(db, data, documents)
    await fillTranslations(db, data)
  }
  await db
    .insertInto('atlas_meta')
    .values({ key: SEED_VERSION_KEY, value: String(SEED_VERSION) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(SEED_VERSION) }))
    .execute()
  return counts
}

/**
 * Seeds a database the first time and again only when the seed data has grown, so records that editors delete
 * do not come back on every restart.
 */
export async function seedIfNew(db: Kysely<Database>): Promise<WriteCounts | null> {
  return ((await seedVersion(db)) ?? 0) >= SEED_VERSION ? null : seed(db)
}

/** The version of the seed last written, or null for a database never seeded. */
async function seedVersion(db: Kysely<Database>): Promise<number | null> {
  const marker = await db
    .selectFrom('atlas_meta')
    .select('value')
    .where('key', '=', SEED_VERSION_KEY)
    .executeTakeFirst()
  return marker ? Number(marker.value) : null
}
