import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tours')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('initiative_id', 'text', (c) => c.references('initiatives.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('tour_sources')
    .addColumn('tour_id', 'text', (c) => c.notNull().references('tours.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addPrimaryKeyConstraint('tour_sources_pk', ['tour_id', 'source_id'])
    .execute()

  // A stop's view, filter and selection are validated by the shared schema on the way in and out.
  await db.schema
    .createTable('tour_stops')
    .addColumn('tour_id', 'text', (c) => c.notNull().references('tours.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('caption', 'text', (c) => c.notNull())
    .addColumn('view', 'jsonb', (c) => c.notNull())
    .addColumn('filter', 'jsonb', (c) => c.notNull())
    .addColumn('selection', 'jsonb')
    .addPrimaryKeyConstraint('tour_stops_pk', ['tour_id', 'position'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['tour_stops', 'tour_sources', 'tours']) await db.schema.dropTable(table).execute()
}
