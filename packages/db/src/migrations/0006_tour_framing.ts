import type { Kysely } from 'kysely'

/**
 * A tour stop can name the institutions it is about, for the map to frame them on whatever screen shows it, and can
 * pin its view instead. Stops stored before have neither: the map frames their selection and filter.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('tour_stops')
    .addColumn('focus', 'jsonb')
    .addColumn('pinned', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tour_stops').dropColumn('focus').dropColumn('pinned').execute()
}
