import { type Database, listLinks } from '@atlas/db'
import type { LinkFilter } from '@atlas/schema'
import {
  type CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely'

/**
 * The SQL that the api's link list runs for a filter, taken from the db layer's own `listLinks` rather than
 * written again: a Kysely that compiles but never connects (the DummyDriver answers no rows) logs the query the
 * function builds. The api's Kysely has no plugins, so its SQL and parameters are these.
 */
export async function linkListSql(filter: LinkFilter): Promise<CompiledQuery> {
  const queries: CompiledQuery[] = []
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') queries.push(event.query)
    },
  })
  await listLinks(db, filter)
  await db.destroy()
  const [query] = queries
  if (queries.length !== 1 || !query) throw new Error(`listLinks ran ${queries.length} queries; expected one`)
  return query
}
