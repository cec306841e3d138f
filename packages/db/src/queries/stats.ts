import { type CountryStats, type LinkFilter, NO_FILTER } from '@atlas/schema'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../types'
import { linkMatches } from './links'

/** Per country: how many of its institutions take part in the matching links, and how many of those links touch it. */
export async function statsByCountry(
  db: Kysely<Database>,
  filter: LinkFilter = NO_FILTER,
): Promise<CountryStats[]> {
  const matching = db
    .selectFrom('links')
    .select(['links.id', 'links.from_id', 'links.to_id'])
    .where((eb) => linkMatches(eb, filter))
  return db
    .with('matching', () => matching)
    .selectFrom('matching')
    .innerJoin('institutions', (join) =>
      join.on((eb) =>
        eb.or([
          eb('institutions.id', '=', eb.ref('matching.from_id')),
          eb('institutions.id', '=', eb.ref('matching.to_id')),
        ]),
      ),
    )
    .select([
      'institutions.country',
      sql<number>`count(distinct institutions.id)::int`.as('institutions'),
      sql<number>`count(distinct matching.id)::int`.as('links'),
    ])
    .groupBy('institutions.country')
    .orderBy('institutions.country')
    .execute()
}
