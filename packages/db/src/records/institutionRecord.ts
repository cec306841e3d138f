import type { Institution } from '@atlas/schema'
import { sql } from 'kysely'
import { institutionsById } from './byId'
import { institutionRows } from './rows'
import type { Dependent, Reader, RecordStore } from './store'
import { replaceChildren, upsertMain } from './upsert'

/** Links at either end, groups it sits in, hosts, founded or belongs to, tours whose stops select or frame it. */
async function usingInstitution(db: Reader, id: string): Promise<Dependent[]> {
  const [links, groups, tours] = await Promise.all([
    db
      .selectFrom('links')
      .innerJoin('institutions as from', 'from.id', 'links.from_id')
      .innerJoin('institutions as to', 'to.id', 'links.to_id')
      .select(['links.id', 'from.name as fromName', 'to.name as toName'])
      .where('links.group_id', 'is', null)
      .where((eb) => eb.or([eb('links.from_id', '=', id), eb('links.to_id', '=', id)]))
      .orderBy('links.id')
      .execute(),
    db
      .selectFrom('groups')
      .select(['id', 'name'])
      .where((eb) =>
        eb.or([
          eb('seat_id', '=', id),
          eb('founded_at_id', '=', id),
          eb.exists(
            eb
              .selectFrom('group_members')
              .whereRef('group_members.group_id', '=', 'groups.id')
              .where('group_members.institution_id', '=', id),
          ),
        ]),
      )
      .orderBy('id')
      .execute(),
    // A tour stop selects or frames institutions by id inside its JSON: those stops would point at nothing.
    db
      .selectFrom('tours')
      .select(['id', 'title'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('tour_stops')
            .whereRef('tour_stops.tour_id', '=', 'tours.id')
            .where(
              sql<boolean>`(selection->>'type' = 'institution' and selection->>'id' = ${id})
                or coalesce(focus, '[]'::jsonb) @> jsonb_build_array(${id}::text)`,
            ),
        ),
      )
      .orderBy('id')
      .execute(),
  ])
  return [
    ...links.map((r) => ({ entity: 'link' as const, id: r.id, name: `${r.fromName} – ${r.toName}` })),
    ...groups.map((r) => ({ entity: 'group' as const, id: r.id, name: r.name })),
    ...tours.map((r) => ({ entity: 'tour' as const, id: r.id, name: r.title })),
  ]
}

export const institutionStore: RecordStore<Institution> = {
  entity: 'institution',
  table: 'institutions',
  read: async (db, id) => (await institutionsById(db, [id])).get(id),
  write: async (trx, institution) => {
    const rows = institutionRows(institution)
    await upsertMain(trx, 'institutions', rows.institution)
    await replaceChildren(trx, 'institution_sources', 'institution_id', institution.id, rows.sources)
    await replaceChildren(trx, 'facts', 'institution_id', institution.id, rows.facts)
  },
  remove: async (trx, id) => {
    await trx.deleteFrom('institutions').where('id', '=', id).execute()
  },
  usedBy: usingInstitution,
  label: (institution) => institution.name,
}
