import { type Kysely, sql } from 'kysely'

// The tables whose records editors change: each row carries a version, checked on update so a second editor's
// stale save is refused rather than silently overwriting the first.
const VERSIONED = ['sources', 'initiatives', 'institutions', 'links', 'groups', 'tours']

/**
 * Editors: accounts with a role, sessions kept in the database (so servers on one database share them), one-time
 * sign-in links, failed sign-ins counted per account and per address, and every change to the data kept with who
 * made it and the record before and after. Members join and leave groups on dates.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('editor', 'admin')`))
    .addColumn('password_hash', 'text')
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .execute()
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()
  await db.schema
    .createTable('sign_in_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute()
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failed_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('changes')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action in ('create', 'update', 'delete', 'restore')`),
    )
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute()
  await db.schema.createIndex('changes_record').on('changes').columns(['entity', 'record_id']).execute()
  for (const table of VERSIONED) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute()
  }
  await db.schema
    .alterTable('group_members')
    .addColumn('joined_date', 'date')
    .addColumn('joined_precision', 'text', (c) => c.check(sql`joined_precision in ('year', 'month', 'day')`))
    .addColumn('left_date', 'date')
    .addColumn('left_precision', 'text', (c) => c.check(sql`left_precision in ('year', 'month', 'day')`))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('group_members')
    .dropColumn('joined_date')
    .dropColumn('joined_precision')
    .dropColumn('left_date')
    .dropColumn('left_precision')
    .execute()
  for (const table of VERSIONED) await db.schema.alterTable(table).dropColumn('version').execute()
  for (const table of ['changes', 'sign_in_failures', 'sign_in_links', 'sessions', 'users']) {
    await db.schema.dropTable(table).execute()
  }
}
