import type { Kysely } from 'kysely'

/**
 * Sources become readable: a source keeps its text (the stored copy of a seed document) or its web address and the
 * day it was read, a fact the sentence of its source it is taken from, and an institution the source of its
 * coordinate. All nullable, so records written before stay valid; the seed fills them in for its own records.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sources')
    .addColumn('url', 'text')
    .addColumn('accessed_on', 'date')
    .addColumn('text', 'text')
    .execute()
  await db.schema.alterTable('facts').addColumn('excerpt', 'text').execute()
  await db.schema
    .alterTable('institutions')
    .addColumn('coordinate_source_id', 'text', (c) => c.references('sources.id'))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('institutions').dropColumn('coordinate_source_id').execute()
  await db.schema.alterTable('facts').dropColumn('excerpt').execute()
  await db.schema
    .alterTable('sources')
    .dropColumn('url')
    .dropColumn('accessed_on')
    .dropColumn('text')
    .execute()
}
