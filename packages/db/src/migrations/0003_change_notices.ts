import { type Kysely, sql } from 'kysely'

// Every table that holds the atlas's data. A table added by a later migration adds its own trigger there.
const TABLES = [
  'sources',
  'initiatives',
  'initiative_sources',
  'institutions',
  'institution_sources',
  'facts',
  'groups',
  'group_initiatives',
  'group_members',
  'links',
  'link_initiatives',
  'tours',
  'tour_sources',
  'tour_stops',
]

/**
 * Every write announces itself on the `atlas_changed` channel (once per statement), so a server that keeps answers
 * in memory knows when they stop being true, whichever process wrote.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function atlas_notify_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('atlas_changed', tg_table_name);
      return null;
    end
    $$`.execute(db)
  for (const table of TABLES) {
    await sql`
      create trigger ${sql.id(`${table}_changed`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function atlas_notify_change()`.execute(db)
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql`drop trigger ${sql.id(`${table}_changed`)} on ${sql.table(table)}`.execute(db)
  }
  await sql`drop function atlas_notify_change()`.execute(db)
}
