import { NO_FILTER } from '@atlas/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Connection } from '../connect'
import { openTestDatabase, testEngines } from '../testing'
import { linkListSql, listLinks } from './links'

describe.each(testEngines())('the link list’s SQL on %s', (engine) => {
  let connection: Connection
  beforeAll(async () => {
    connection = await openTestDatabase(engine)
  })
  afterAll(() => connection.close())

  it('is the query listLinks runs, so a benchmark can time it through raw pg', async () => {
    for (const filter of [NO_FILTER, { ...NO_FILTER, countries: ['PL' as const], yearFrom: 2018 }]) {
      const { rows } = await connection.db.executeQuery<{ id: string }>(linkListSql(filter))
      expect(rows.map((row) => row.id)).toEqual(
        (await listLinks(connection.db, filter)).map((link) => link.id),
      )
    }
  })
})
