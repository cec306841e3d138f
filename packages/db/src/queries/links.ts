import type { DatePrecision, Link, LinkFilter, LinkKind, LinkStatus } from '@atlas/schema'
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely'
import type { Database } from '../types'
import { nonEmpty } from './institutions'

type LinksQuery = SelectQueryBuilder<Database, 'links', object>

/** Narrows a query over `links` to the links that match a filter. */
export function whereLinkMatches<Q extends LinksQuery>(query: Q, filter: LinkFilter): Q {
  let q: LinksQuery = query
  if (filter.kinds) q = q.where('links.kind', 'in', nonEmpty(filter.kinds))
  if (filter.yearFrom !== undefined) q = q.where('links.start_date', '>=', `${filter.yearFrom}-01-01`)
  if (filter.yearTo !== undefined) q = q.where('links.start_date', '<=', `${filter.yearTo}-12-31`)
  const { initiatives, countries } = filter
  if (initiatives) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('link_initiatives')
          .select(eb.lit(1).as('one'))
          .whereRef('link_initiatives.link_id', '=', 'links.id')
          .where('link_initiatives.initiative_id', 'in', nonEmpty(initiatives)),
      ),
    )
  }
  if (countries) {
    q = q.where((eb) =>
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
          .where('institutions.country', 'in', nonEmpty(countries)),
      ),
    )
  }
  return q as Q
}

const initiativesOf = (eb: ExpressionBuilder<Database, 'links'>) =>
  eb
    .selectFrom('link_initiatives')
    .select(sql<string[]>`coalesce(array_agg(initiative_id order by initiative_id), '{}')`.as('ids'))
    .whereRef('link_initiatives.link_id', '=', 'links.id')

/** The links that match a filter; with `involving`, only those that touch that institution, either way round. */
export async function listLinks(
  db: Kysely<Database>,
  filter: LinkFilter = {},
  involving?: string,
): Promise<Link[]> {
  let query = db
    .selectFrom('links')
    .selectAll('links')
    .select((eb) => initiativesOf(eb).as('initiatives'))
    .orderBy('links.id')
  if (involving) {
    query = query.where((eb) =>
      eb.or([eb('links.from_id', '=', involving), eb('links.to_id', '=', involving)]),
    )
  }
  const rows = await whereLinkMatches(query, filter).execute()
  return rows.map((row) => ({
    id: row.id,
    fromId: row.from_id,
    toId: row.to_id,
    kind: row.kind as LinkKind,
    initiatives: row.initiatives ?? [],
    startDate: row.start_date,
    startPrecision: row.start_precision as DatePrecision | null,
    endDate: row.end_date,
    endPrecision: row.end_precision as DatePrecision | null,
    status: row.status as LinkStatus,
    description: row.description,
    groupId: row.group_id,
    sourceId: row.source_id,
  }))
}
