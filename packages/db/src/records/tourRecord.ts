import type { Tour } from '@atlas/schema'
import { findTour } from '../queries/tours'
import { tourRows } from './rows'
import type { RecordStore } from './store'
import { replaceChildren, upsertMain } from './upsert'

/** A tour keeps its place in the list when rewritten; a new one goes last. */
async function positionOf(trx: Parameters<RecordStore<Tour>['write']>[0], id: string): Promise<number> {
  const existing = await trx.selectFrom('tours').select('position').where('id', '=', id).executeTakeFirst()
  if (existing) return existing.position
  const last = await trx
    .selectFrom('tours')
    .select((eb) => eb.fn.max('position').as('position'))
    .executeTakeFirst()
  return (last?.position ?? -1) + 1
}

export const tourStore: RecordStore<Tour> = {
  entity: 'tour',
  table: 'tours',
  read: findTour,
  write: async (trx, tour) => {
    const rows = tourRows(tour, await positionOf(trx, tour.id))
    await upsertMain(trx, 'tours', rows.tour)
    await replaceChildren(trx, 'tour_sources', 'tour_id', tour.id, rows.sources)
    await replaceChildren(trx, 'tour_stops', 'tour_id', tour.id, rows.stops)
  },
  remove: async (trx, id) => {
    await trx.deleteFrom('tours').where('id', '=', id).execute()
  },
  usedBy: async () => [],
  label: (tour) => tour.title,
}
