import { type InitiativeWithCounts, initiativeTranslationsSchema } from '@atlas/schema'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../types'

export async function listInitiatives(db: Kysely<Database>): Promise<InitiativeWithCounts[]> {
  const rows = await db
    .selectFrom('initiatives')
    .select(['id', 'name', 'colour', 'description', 'parent_id', 'translations'])
    .select((eb) => [
      eb
        .selectFrom('initiative_sources')
        .select(sql<string[]>`coalesce(array_agg(source_id order by source_id), '{}')`.as('ids'))
        .whereRef('initiative_sources.initiative_id', '=', 'initiatives.id')
        .as('source_ids'),
      eb
        .selectFrom('link_initiatives')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('link_initiatives.initiative_id', '=', 'initiatives.id')
        .as('links'),
      eb
        .selectFrom('group_initiatives')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('group_initiatives.initiative_id', '=', 'initiatives.id')
        .as('groups'),
      // Institutions at either end of the initiative's links, each counted once.
      sql<number>`(
        select count(*)::int from (
          select l.from_id from links l join link_initiatives li on li.link_id = l.id
            where li.initiative_id = ${sql.ref('initiatives.id')}
          union
          select l.to_id from links l join link_initiatives li on li.link_id = l.id
            where li.initiative_id = ${sql.ref('initiatives.id')}
        ) as endpoints
      )`.as('institutions'),
    ])
    .orderBy('name')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    colour: r.colour,
    description: r.description,
    parentId: r.parent_id,
    sourceIds: r.source_ids ?? [],
    translations: initiativeTranslationsSchema.parse(r.translations),
    counts: { institutions: r.institutions ?? 0, links: r.links ?? 0, groups: r.groups ?? 0 },
  }))
}

export async function existingInitiativeIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('initiatives')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}
