import { type Tour, type TourSummary, tourStopSchema, tourTranslationsSchema } from '@atlas/schema'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../types'

/** All tours in their order, or with `id` only that one. */
export async function listTours(db: Kysely<Database>, id?: string): Promise<TourSummary[]> {
  let query = db
    .selectFrom('tours')
    .select(['id', 'title', 'description', 'initiative_id', 'translations'])
    .select((eb) => [
      eb
        .selectFrom('tour_stops')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('tour_stops.tour_id', '=', 'tours.id')
        .as('stop_count'),
      eb
        .selectFrom('tour_sources')
        .select(sql<string[]>`coalesce(array_agg(source_id order by source_id), '{}')`.as('ids'))
        .whereRef('tour_sources.tour_id', '=', 'tours.id')
        .as('source_ids'),
    ])
    .orderBy('position')
  if (id) query = query.where('id', '=', id)
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    initiativeId: r.initiative_id,
    sourceIds: r.source_ids ?? [],
    stopCount: r.stop_count ?? 0,
    translations: tourTranslationsSchema.parse(r.translations),
  }))
}

export async function findTour(db: Kysely<Database>, id: string): Promise<Tour | undefined> {
  const [summary] = await listTours(db, id)
  if (!summary) return undefined
  const stops = await db
    .selectFrom('tour_stops')
    .select(['title', 'caption', 'view', 'filter', 'selection', 'focus', 'pinned', 'translations'])
    .where('tour_id', '=', id)
    .orderBy('position')
    .execute()
  const { stopCount: _, ...tour } = summary
  // The schema leaves out what a stop does not say: no focus, a view that is not pinned.
  const parse = ({ focus, pinned, ...stop }: (typeof stops)[number]) =>
    tourStopSchema.parse({ ...stop, ...(focus === null ? {} : { focus }), ...(pinned ? { pinned } : {}) })
  return { ...tour, stops: stops.map(parse) }
}
