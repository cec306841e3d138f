import type { Kysely } from 'kysely'

/**
 * An index for every filter the api offers that had none: links by kind and by end (the year range reads both
 * ends), institutions by kind. Country, start date, initiative and the ends of a link were indexed from the start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('links_kind_idx').on('links').column('kind').execute()
  await db.schema.createIndex('links_end_idx').on('links').column('end_date').execute()
  await db.schema.createIndex('institutions_kind_idx').on('institutions').column('kind').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['links_kind_idx', 'links_end_idx', 'institutions_kind_idx']) {
    await db.schema.dropIndex(index).execute()
  }
}
