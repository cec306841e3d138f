import type { SourceDocument } from '@atlas/schema'
import { findSourceDocument } from '../queries/sources'
import { sourceRow } from './rows'
import type { Dependent, Reader, RecordStore } from './store'
import { upsertMain } from './upsert'

/** Everything that cites a source: deleting it is refused while any does. */
async function citing(db: Reader, id: string): Promise<Dependent[]> {
  const [institutions, links, groups, initiatives, tours] = await Promise.all([
    db
      .selectFrom('institutions')
      .select(['id', 'name'])
      .where((eb) =>
        eb.or([
          eb('coordinate_source_id', '=', id),
          eb.exists(
            eb
              .selectFrom('institution_sources')
              .whereRef('institution_sources.institution_id', '=', 'institutions.id')
              .where('institution_sources.source_id', '=', id),
          ),
          eb.exists(
            eb
              .selectFrom('facts')
              .whereRef('facts.institution_id', '=', 'institutions.id')
              .where('facts.source_id', '=', id),
          ),
        ]),
      )
      .execute(),
    db
      .selectFrom('links')
      .select(['id', 'from_id', 'to_id'])
      .where('source_id', '=', id)
      .where('group_id', 'is', null)
      .execute(),
    db.selectFrom('groups').select(['id', 'name']).where('source_id', '=', id).execute(),
    db
      .selectFrom('initiatives')
      .innerJoin('initiative_sources', 'initiative_sources.initiative_id', 'initiatives.id')
      .select(['initiatives.id', 'initiatives.name'])
      .where('initiative_sources.source_id', '=', id)
      .execute(),
    db
      .selectFrom('tours')
      .innerJoin('tour_sources', 'tour_sources.tour_id', 'tours.id')
      .select(['tours.id', 'tours.title as name'])
      .where('tour_sources.source_id', '=', id)
      .execute(),
  ])
  return [
    ...institutions.map((r) => ({ entity: 'institution' as const, id: r.id, name: r.name })),
    ...links.map((r) => ({ entity: 'link' as const, id: r.id, name: `${r.from_id} – ${r.to_id}` })),
    ...groups.map((r) => ({ entity: 'group' as const, id: r.id, name: r.name })),
    ...initiatives.map((r) => ({ entity: 'initiative' as const, id: r.id, name: r.name })),
    ...tours.map((r) => ({ entity: 'tour' as const, id: r.id, name: r.name })),
  ]
}

export const sourceStore: RecordStore<SourceDocument> = {
  entity: 'source',
  table: 'sources',
  read: (db, id) => findSourceDocument(db, id),
  write: (trx, source) => upsertMain(trx, 'sources', sourceRow(source, source.text)),
  remove: async (trx, id) => {
    await trx.deleteFrom('sources').where('id', '=', id).execute()
  },
  usedBy: citing,
  label: (source) => source.title,
}
