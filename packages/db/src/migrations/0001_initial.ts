import { type Kysely, sql } from 'kysely'

// Vocabularies as they stood when this migration landed; a later change to them is a new migration.
const INSTITUTION_KINDS = ['university', 'college', 'institute', 'company', 'government_body']
const LOCATION_PRECISIONS = ['campus', 'city', 'country']
const LINK_KINDS = [
  'joint_institute',
  'consortium_membership',
  'cooperation_agreement',
  'training_programme',
  'vocational_cooperation',
]
const LINK_STATUSES = ['active', 'planned', 'ended', 'unknown']
const GROUP_KINDS = ['consortium', 'joint_institute']
const MEMBER_ROLES = ['co_initiator', 'member', 'host', 'partner']
const DATE_PRECISIONS = ['day', 'month', 'year']

const oneOf = (column: string, values: string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`

// The schema is dialect-neutral Kysely; `unknown` because a migration must not depend on today's table types.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('published_on', 'date')
    .addColumn('seed_file', 'text')
    .execute()

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('colour', 'text', (c) => c.notNull().check(sql`colour ~ '^#[0-9a-f]{6}$'`))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('initiatives.id').onDelete('set null'))
    .execute()

  await db.schema
    .createTable('initiative_sources')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addPrimaryKeyConstraint('initiative_sources_pk', ['initiative_id', 'source_id'])
    .execute()

  await db.schema
    .createTable('institutions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('native_name', 'text')
    .addColumn('alt_names', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', INSTITUTION_KINDS)))
    .addColumn('country', 'text', (c) => c.notNull().check(sql`country ~ '^[A-Z]{2}$'`))
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull().check(sql`lon between -180 and 180`))
    .addColumn('lat', 'double precision', (c) => c.notNull().check(sql`lat between -90 and 90`))
    .addColumn('precision', 'text', (c) => c.notNull().check(oneOf('precision', LOCATION_PRECISIONS)))
    .addColumn('website', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('institutions_country_idx').on('institutions').column('country').execute()

  await db.schema
    .createTable('institution_sources')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addPrimaryKeyConstraint('institution_sources_pk', ['institution_id', 'source_id'])
    .execute()

  await db.schema
    .createTable('facts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .execute()
  await db.schema.createIndex('facts_institution_idx').on('facts').column('institution_id').execute()

  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', GROUP_KINDS)))
    .addColumn('seat_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('founded_date', 'date')
    .addColumn('founded_precision', 'text', (c) => c.check(oneOf('founded_precision', DATE_PRECISIONS)))
    .addColumn('link_kind', 'text', (c) => c.notNull().check(oneOf('link_kind', LINK_KINDS)))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addCheckConstraint('groups_founded_pair', sql`(founded_date is null) = (founded_precision is null)`)
    .execute()

  await db.schema
    .createTable('group_initiatives')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('group_initiatives_pk', ['group_id', 'initiative_id'])
    .execute()

  await db.schema
    .createTable('group_members')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', MEMBER_ROLES)))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'institution_id'])
    .execute()
  await db.schema
    .createIndex('group_members_institution_idx')
    .on('group_members')
    .column('institution_id')
    .execute()

  await db.schema
    .createTable('links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_id', 'text', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('to_id', 'text', (c) => c.notNull().references('institutions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', LINK_KINDS)))
    .addColumn('start_date', 'date')
    .addColumn('start_precision', 'text', (c) => c.check(oneOf('start_precision', DATE_PRECISIONS)))
    .addColumn('end_date', 'date')
    .addColumn('end_precision', 'text', (c) => c.check(oneOf('end_precision', DATE_PRECISIONS)))
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', LINK_STATUSES)))
    .addColumn('description', 'text')
    .addColumn('group_id', 'text', (c) => c.references('groups.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addCheckConstraint('links_no_self', sql`from_id <> to_id`)
    .addCheckConstraint('links_start_pair', sql`(start_date is null) = (start_precision is null)`)
    .addCheckConstraint('links_end_pair', sql`(end_date is null) = (end_precision is null)`)
    .addCheckConstraint(
      'links_end_after_start',
      sql`end_date is null or start_date is null or end_date >= start_date`,
    )
    .execute()
  // One link of a kind per pair, whichever way round it was entered.
  await sql`create unique index links_pair_kind_uq on links (least(from_id, to_id), greatest(from_id, to_id), kind)`.execute(
    db,
  )
  await db.schema.createIndex('links_from_idx').on('links').column('from_id').execute()
  await db.schema.createIndex('links_to_idx').on('links').column('to_id').execute()
  await db.schema.createIndex('links_start_idx').on('links').column('start_date').execute()

  await db.schema
    .createTable('link_initiatives')
    .addColumn('link_id', 'text', (c) => c.notNull().references('links.id').onDelete('cascade'))
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('link_initiatives_pk', ['link_id', 'initiative_id'])
    .execute()
  await db.schema
    .createIndex('link_initiatives_initiative_idx')
    .on('link_initiatives')
    .column('initiative_id')
    .execute()

  await db.schema
    .createTable('atlas_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'atlas_meta',
    'link_initiatives',
    'links',
    'group_members',
    'group_initiatives',
    'groups',
    'facts',
    'institution_sources',
    'institutions',
    'initiative_sources',
    'initiatives',
    'sources',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
