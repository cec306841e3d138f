import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { recordChanges } from '../history/recordChange'
import { openTestDatabase, testEngines } from '../testing'
import { appliedMigrations } from './appliedMigrations'
import type { AtlasDump, DumpRow } from './dumpFormat'
import { DUMPED_TABLES } from './dumpTables'
import { exportDatabase } from './exportDatabase'
import { importDump } from './importDump'

/** Rows beyond the seed's in the editors' tables, with what JSON and JavaScript do not carry on their own. */
async function addEditorsRows(connection: Connection) {
  const { db } = connection
  // The invited editor's id sorts before the admin who invited them: an import must write the admin first.
  await db
    .insertInto('users')
    .values({
      id: 'zz-admin',
      email: 'admin@example.org',
      name: 'Zofia Żółkiewska',
      role: 'admin',
      password_hash: 'scrypt$16384$8$1$c2FsdA$aGFzaA',
      created_at: '2025-03-04T05:06:07.123456Z',
    })
    .execute()
  await db
    .insertInto('users')
    .values({
      id: 'aa-editor',
      email: 'editor@example.org',
      name: '王小明',
      role: 'editor',
      created_by: 'zz-admin',
    })
    .execute()
  await recordChanges(db, 'zz-admin', [
    {
      entity: 'institution',
      recordId: 'lodz-university-of-technology',
      action: 'update',
      before: { name: 'Politechnika Łódzka', altNames: ['PŁ', 'TUL, Łódź'] },
      after: { name: 'Politechnika Łódzka "PŁ"', altNames: [], nested: { zh: '中波合作', n: 0.1 } },
    },
  ])
  await recordChanges(db, 'aa-editor', [
    { entity: 'link', recordId: 'gone', action: 'delete', before: { id: 'gone' }, after: null },
    { entity: 'link', recordId: 'gone', action: 'restore', before: null, after: { id: 'gone' } },
  ])
  // A gap in the history's ids, which an import keeps.
  await db.deleteFrom('changes').where('record_id', '=', 'gone').where('action', '=', 'delete').execute()
  const source = await db.selectFrom('sources').select('id').executeTakeFirstOrThrow()
  const institution = await db.selectFrom('institutions').select('id').executeTakeFirstOrThrow()
  await db
    .insertInto('facts')
    .values([
      {
        id: 'not-a-number',
        institution_id: institution.id,
        position: 90,
        label: 'x',
        text: 'x',
        value: Number.NaN,
        source_id: source.id,
      },
      {
        id: 'tiny',
        institution_id: institution.id,
        position: 91,
        label: 'y',
        text: 'y',
        value: 0.1 + 0.2,
        source_id: source.id,
      },
    ])
    .execute()
}

/** Every exported table of a database, row by row; its time of export left out. */
async function contents(connection: Connection): Promise<AtlasDump['tables']> {
  return (await exportDatabase(connection.db)).tables
}

const emptyTables = Object.fromEntries(DUMPED_TABLES.map((table) => [table, []]))

/** A copy of a dump with one table's rows changed. */
function withRows(dump: AtlasDump, table: keyof AtlasDump['tables'], rows: DumpRow[]): AtlasDump {
  return { ...dump, tables: { ...dump.tables, [table]: rows } }
}

describe.each(testEngines())('export and import on %s', (engine) => {
  let source: Connection
  let target: Connection
  let dump: AtlasDump
  beforeAll(async () => {
    ;[source, target] = await Promise.all([
      openTestDatabase(engine),
      openTestDatabase(engine, { seeded: false }),
    ])
    await addEditorsRows(source)
    // Through JSON text, as a file carries it.
    dump = JSON.parse(JSON.stringify(await exportDatabase(source.db)))
  })
  afterAll(() => Promise.all([source?.close(), target?.close()]))

  it('holds every exported table, with values JSON carries exactly', async () => {
    expect(dump.format).toBe('partnership-atlas')
    expect(dump.formatVersion).toBe(1)
    expect(dump.migration).toBe((await appliedMigrations(source.db)).at(-1))
    expect(Object.keys(dump.tables)).toEqual(DUMPED_TABLES)
    expect('sessions' in dump.tables).toBe(false)
    expect(dump.tables.institutions?.length).toBeGreaterThan(20)
    expect(dump.tables.users?.map((user) => user.id)).toEqual(['aa-editor', 'zz-admin'])
    expect(dump.tables.users?.[1]?.created_at).toBe('2025-03-04T05:06:07.123456Z')
    const changes = dump.tables.changes ?? []
    expect(changes.map((change) => typeof change.id)).toEqual(changes.map(() => 'string'))
    const update = changes.find((change) => change.action === 'update')
    expect(update?.after).toEqual({
      name: 'Politechnika Łódzka "PŁ"',
      altNames: [],
      nested: { zh: '中波合作', n: 0.1 },
    })
    expect(dump.tables.facts?.find((fact) => fact.id === 'not-a-number')?.value).toBe('NaN')
  })

  it('refuses a dump that is not one, naming what is wrong, and writes nothing', async () => {
    const refusals: [unknown, RegExp][] = [
      [[], /not a Partnership Atlas dump: a JSON object was expected/],
      [{ ...dump, format: 'other' }, /"format" is "other", not "partnership-atlas"/],
      [{ ...dump, formatVersion: 2 }, /format version 2, newer than this version of the atlas reads \(1\)/],
      [{ ...dump, migration: '9999_future' }, /migration "9999_future", which this database has not applied/],
      [{ ...dump, tables: { ...dump.tables, sessions: [] } }, /table "sessions", which an export leaves out/],
      [{ ...dump, tables: { ...dump.tables, pubs: [] } }, /table "pubs" that the atlas does not have/],
      [
        withRows(dump, 'links', [...(dump.tables.links ?? []), []] as DumpRow[]),
        /row \d+ of the dump's table "links" is an array/,
      ],
      [
        withRows(dump, 'users', [{ id: 'x', nickname: 'X' }]),
        /"users".*column "nickname" that the table does not have/,
      ],
    ]
    for (const [input, message] of refusals)
      await expect(importDump(target.db, input)).rejects.toThrow(message)
    expect(await contents(target)).toEqual(emptyTables)
  })

  it('writes all or nothing: a row the database refuses halfway leaves it empty', async () => {
    const links = dump.tables.links ?? []
    const broken = withRows(dump, 'links', [...links, { ...links[0], id: 'to-nowhere', to_id: 'nowhere' }])
    await expect(importDump(target.db, broken)).rejects.toThrow(
      /table "links" cannot be written: .*foreign key/,
    )
    expect(await contents(target)).toEqual(emptyTables)
  })

  it('imports into an empty database with nothing lost, keeping ids and writing no seed', async () => {
    const written = await importDump(target.db, dump)
    expect(written.get('institutions')).toBe(dump.tables.institutions?.length)
    expect(await contents(target)).toEqual(dump.tables)
    // The history's next id follows the imported ones.
    await recordChanges(target.db, null, [
      {
        entity: 'source',
        recordId: 'after-import',
        action: 'create',
        before: null,
        after: { id: 'after-import' },
      },
    ])
    const ids = (await target.db.selectFrom('changes').select('id').orderBy('id').execute()).map((row) =>
      Number(row.id),
    )
    const imported = (dump.tables.changes ?? []).map((change) => Number(change.id))
    expect(ids).toEqual([...imported, Math.max(...imported) + 1])
  })

  it('refuses a database that is not empty and leaves it as it was', async () => {
    const before = await contents(source)
    await expect(importDump(source.db, dump)).rejects.toThrow(
      /the database is not empty \(sources, initiatives.* hold rows\): import only into an empty database/,
    )
    expect(await contents(source)).toEqual(before)
  })
})
