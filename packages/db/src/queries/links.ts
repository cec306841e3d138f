import { type Link, type LinkFilter, NO_FILTER } from '@atlas/schema'
import {
  type CompiledQuery,
  DummyDriver,
  type Expression,
  type ExpressionBuilder,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type SqlBool,
  sql,
} from 'kysely'
import type { Database } from '../types'
import { isIn } from './isIn'

/**
 * The condition a link must meet to match a filter, for the `where` of any query over `links`: the db package's
 * implementation of linkFilterSchema's definition, held to the shared cases in linkFilter.test.ts.
 */
export function linkMatches(
  eb: ExpressionBuilder<Database, 'links'>,
  filter: LinkFilter,
): Expression<SqlBool> {
  const { linkKinds, yearFrom, yearTo, initiatives, countries } = filter
  const conditions: Expression<SqlBool>[] = []
  if (linkKinds !== null) conditions.push(isIn(eb, 'links.kind', linkKinds))
  if (yearFrom !== null || yearTo !== null) conditions.push(eb('links.start_date', 'is not', null))
  if (yearTo !== null) conditions.push(eb('links.start_date', '<=', `${yearTo}-12-31`))
  if (yearFrom !== null) {
    conditions.push(
      eb.or([eb('links.end_date', 'is', null), eb('links.end_date', '>=', `${yearFrom}-01-01`)]),
    )
  }
  if (initiatives !== null) {
    conditions.push(
      eb.exists(
        eb
          .selectFrom('link_own_initiatives')
          .select(eb.lit(1).as('one'))
          .whereRef('link_own_initiatives.link_id', '=', 'links.id')
          .where((inner) => isIn(inner, 'link_own_initiatives.initiative_id', initiatives)),
      ),
    )
  }
  if (countries !== null) {
    conditions.push(
      eb.exists(
        eb
          .selectFrom('institutions')
          .select(eb.lit(1).as('one'))
          .where((inner) =>
            inner.or([
              inner('institutions.id', '=', inner.ref('links.from_id')),
              inner('institutions.id', '=', inner.ref('links.to_id')),
            ]),
          )
          .where((inner) => isIn(inner, 'institutions.country', countries)),
      ),
    )
  }
  return eb.and(conditions)
}

/** The links that match a filter; with `involving`, only those that touch that institution, either way round. */
export async function listLinks(
  db: Kysely<Database>,
  filter: LinkFilter = NO_FILTER,
  involving?: string,
): Promise<Link[]> {
  const rows = await linkListQuery(db, filter, involving).execute()
  return rows.map((row) => ({
    id: row.id,
    fromId: row.from_id,
    toId: row.to_id,
    kind: row.kind,
    initiatives: row.initiatives ?? [],
    startDate: row.start_date,
    startPrecision: row.start_precision,
    endDate: row.end_date,
    endPrecision: row.end_precision,
    status: row.status,
    description: row.description,
    groupId: row.group_id,
    sourceId: row.source_id,
  }))
}

/** A Kysely that compiles PostgreSQL and never connects. */
const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
})

/** The SQL and parameters listLinks runs for a filter: for benchmarks that time the same query through raw `pg`. */
export function linkListSql(filter: LinkFilter = NO_FILTER): CompiledQuery {
  return linkListQuery(compiler, filter).compile()
}

function linkListQuery(db: Kysely<Database>, filter: LinkFilter, involving?: string) {
  // One scan: the links joined to their initiatives and grouped, rather than a subquery per link.
  let query = db
    .selectFrom('links')
    .leftJoin('link_initiatives', 'link_initiatives.link_id', 'links.id')
    .selectAll('links')
    .select(
      sql<string[]>`coalesce(array_agg(link_initiatives.initiative_id order by link_initiatives.initiative_id)
        filter (where link_initiatives.initiative_id is not null), '{}')`.as('initiatives'),
    )
    .where((eb) => linkMatches(eb, filter))
    .groupBy('links.id')
    .orderBy('links.id')
  if (involving) {
    query = query.where((eb) =>
      eb.or([eb('links.from_id', '=', involving), eb('links.to_id', '=', involving)]),
    )
  }
  return query
}
