import { type Kysely, sql } from 'kysely'

// The records whose text editors write in English and readers may see in another language (shared schema:
// translationsSchema). A record stored before holds none until the seed or an editor gives it some.
const TABLES = ['initiatives', 'groups', 'tours', 'tour_stops']

/** Each content record keeps its translations, by language and field, beside its English original. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('translations', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
      .execute()
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).dropColumn('translations').execute()
}
