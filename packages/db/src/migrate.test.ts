import { Migrator, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from './connect'
import { migrateToLatest } from './migrate'
import { migrationProvider } from './migrations'
import { openTestDatabase, testEngines } from './testing'

describe.each(testEngines())('migrations on %s', (engine) => {
  let connection: Connection
  beforeAll(async () => {
    connection = await openTestDatabase(engine, { seeded: false })
  })
  afterAll(() => connection?.close())

  it('create every table from an empty database', async () => {
    const tables = await connection.db.introspection.getTables()
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'atlas_meta',
        'changes',
        'facts',
        'group_initiatives',
        'group_members',
        'groups',
        'initiative_sources',
        'initiatives',
        'institution_sources',
        'institutions',
        'link_initiatives',
        'link_own_initiatives',
        'links',
        'sessions',
        'sign_in_failures',
        'sign_in_links',
        'sources',
        'tour_sources',
        'tour_stops',
        'tours',
        'users',
      ].sort(),
    )
  })

  it('apply nothing the second time', async () => {
    expect(await migrateToLatest(connection.db)).toEqual([])
  })

  it('refuse coordinates out of range, unknown kinds and self-links', async () => {
    const insertInstitution = (overrides: Record<string, unknown>) =>
      sql`insert into institutions (id, name, kind, country, city, lon, lat, precision, search_text)
          values (${overrides.id ?? 'x'}, 'X', ${overrides.kind ?? 'university'}, 'PL', 'Łódź',
                  ${overrides.lon ?? 19}, ${overrides.lat ?? 51}, 'city', 'x')`.execute(connection.db)
    await expect(insertInstitution({ lat: 91 })).rejects.toThrow(/check constraint/)
    await expect(insertInstitution({ lon: -181 })).rejects.toThrow(/check constraint/)
    await expect(insertInstitution({ kind: 'pub' })).rejects.toThrow(/check constraint/)
    await insertInstitution({ id: 'a' })
    await insertInstitution({ id: 'b' })
    await sql`insert into sources (id, title) values ('s', 'S')`.execute(connection.db)
    const insertLink = (id: string, from: string, to: string) =>
      sql`insert into links (id, from_id, to_id, kind, status, source_id)
          values (${id}, ${from}, ${to}, 'cooperation_agreement', 'active', 's')`.execute(connection.db)
    await expect(insertLink('self', 'a', 'a')).rejects.toThrow(/links_no_self/)
    await insertLink('one', 'a', 'b')
    await expect(insertLink('same-pair-reversed', 'b', 'a')).rejects.toThrow(/links_pair_kind_uq/)
  })

  const TRANSLATED_TABLES = ['initiatives', 'groups', 'tours', 'tour_stops'] as const

  it('give every content table its translations, an empty object unless written', async () => {
    const { rows } = await sql`select table_name, data_type, is_nullable, column_default
      from information_schema.columns where table_schema = 'public' and column_name = 'translations'
      order by table_name`.execute(connection.db)
    expect(rows).toEqual(
      [...TRANSLATED_TABLES].sort().map((table) => ({
        table_name: table,
        data_type: 'jsonb',
        is_nullable: 'NO',
        column_default: "'{}'::jsonb",
      })),
    )
  })

  it('add translations to a database made before them, its records holding none', async () => {
    const { db } = connection
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0009_filter_indexes')
    if (error) throw error
    await sql`insert into sources (id, title) values ('older-source', 'S')`.execute(db)
    await sql`insert into institutions (id, name, kind, country, city, lon, lat, precision, search_text)
      values ('older-seat', 'Seat', 'university', 'PL', 'Opole', 17.9, 50.7, 'city', 'seat')`.execute(db)
    await sql`insert into initiatives (id, name, colour, description)
      values ('older', 'Older', '#123456', 'Written before translations')`.execute(db)
    await sql`insert into groups (id, name, kind, seat_id, link_kind, description, source_id)
      values ('older', 'Older', 'consortium', 'older-seat', 'consortium_membership', 'Written before',
              'older-source')`.execute(db)
    await sql`insert into tours (id, title, description, position)
      values ('older', 'Older', 'Written before', 0)`.execute(db)
    await sql`insert into tour_stops (tour_id, position, title, caption, view, filter)
      values ('older', 0, 'Stop', 'Written before', '{}', '{}')`.execute(db)

    expect(await migrateToLatest(db)).toEqual(['0010_translations'])
    for (const table of TRANSLATED_TABLES) {
      expect(await db.selectFrom(table).select('translations').execute()).toEqual([{ translations: {} }])
    }
  })
})
