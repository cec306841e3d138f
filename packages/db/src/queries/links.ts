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
  return linkListQuery(db, filter, involving).execute()
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

/**
 * One scan: the links joined to their initiatives and grouped, rather than a subquery per link; each row already in
 * the shape of a Link, so that a hundred thousand rows are not made into objects a second time.
 */
function linkListQuery(db: Kysely<Database>, filter: LinkFilter, involving?: string) {
  let query = db
    .selectFrom('links')
    .leftJoin('link_initiatives', 'link_initiatives.link_id', 'links.id')
    .select([
      'links.id',
      'links.from_id as fromId',
      'links.to_id as toId',
      'links.kind',
      'links.start_date as startDate',
      'links.start_precision as startPrecision',
      'links.end_date as endDate',
      'links.end_precision as endPrecision',
      'links.status',
      'links.description',
      'links.group_id as groupId',
      'links.source_id as sourceId',
    ])
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
