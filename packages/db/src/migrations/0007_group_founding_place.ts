import type { Kysely } from 'kysely'

/** A group keeps where it was founded, where its source says so (the consortium's ceremony was held at BJUT). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('groups')
    .addColumn('founded_at_id', 'text', (c) => c.references('institutions.id'))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('groups').dropColumn('founded_at_id').execute()
}
