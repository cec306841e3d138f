import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { openTestDatabase, testEngines } from '../testing'
import { DUMPED_TABLES, isDumpedTable, leftOutBecause, TABLE_RULES } from './dumpTables'

interface KeyColumn {
  table: string
  column: string
}

interface ForeignKey {
  table: string
  column: string
  references: string
  referencedColumn: string
}

describe.each(testEngines())('the tables of a dump on %s', (engine) => {
  let connection: Connection
  beforeAll(async () => {
    connection = await openTestDatabase(engine, { seeded: false })
  })
  afterAll(() => connection?.close())

  it('are every table and view of the database, each exported or left out for a reason', async () => {
    const tables = await connection.db.introspection.getTables()
    expect(tables.map((table) => table.name).sort()).toEqual(Object.keys(TABLE_RULES).sort())
    const views = tables.filter((table) => table.isView).map((table) => table.name)
    for (const view of views)
      expect({ view, leftOut: leftOutBecause(view) }).toEqual({ view, leftOut: expect.any(String) })
  })

  it('are ordered by their primary keys', async () => {
    const { rows } = await sql<KeyColumn>`
      select cls.relname as "table", att.attname as "column"
      from pg_index idx
      join pg_class cls on cls.oid = idx.indrelid
      join pg_namespace ns on ns.oid = cls.relnamespace and ns.nspname = current_schema()
      cross join lateral unnest(idx.indkey) with ordinality as key(attnum, position)
      join pg_attribute att on att.attrelid = idx.indrelid and att.attnum = key.attnum
      where idx.indisprimary
      order by cls.relname, key.position`.execute(connection.db)
    for (const table of DUMPED_TABLES) {
      const key = rows.filter((row) => row.table === table).map((row) => row.column)
      expect({ table, key }).toEqual({ table, key: [...TABLE_RULES[table].key] })
    }
  })

  it('are written each after the tables its foreign keys reference, a reference to its own rows declared', async () => {
    const { rows } = await sql<ForeignKey>`
      select cls.relname as "table", att.attname as "column",
             ref.relname as "references", refatt.attname as "referencedColumn"
      from pg_constraint con
      join pg_class cls on cls.oid = con.conrelid
      join pg_namespace ns on ns.oid = cls.relnamespace and ns.nspname = current_schema()
      join pg_class ref on ref.oid = con.confrelid
      join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
      join pg_attribute refatt on refatt.attrelid = con.confrelid and refatt.attnum = con.confkey[1]
      where con.contype = 'f'`.execute(connection.db)
    for (const key of rows) {
      if (!isDumpedTable(key.table)) continue
      const rule = TABLE_RULES[key.table]
      if (key.table === key.references) {
        expect({ key, parent: 'parent' in rule ? rule.parent : undefined }).toEqual({
          key,
          parent: { column: key.column, references: key.referencedColumn },
        })
      } else {
        const written = isDumpedTable(key.references) ? DUMPED_TABLES.indexOf(key.references) : -1
        const writtenBefore = written >= 0 && written < DUMPED_TABLES.indexOf(key.table)
        expect({ key, writtenBefore }).toEqual({ key, writtenBefore: true })
      }
    }
  })
})
