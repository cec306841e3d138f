import type { Dataset } from '@atlas/schema'
import type { Kysely } from 'kysely'
import { translationsColumn } from '../records/rows'
import type { Database } from '../types'

/** What the translations column holds for a record without any (migration 0010's default). */
const NONE = '{}'

/**
 * Gives records an earlier seed wrote the translations that migration 0010 made room for: only to a record that
 * holds none and whose English still says what the seed wrote, so nothing an editor set is overwritten and no
 * translation stands beside a text it does not translate. (Records editors changed are already left out of `data`.)
 */
export async function fillTranslations(db: Kysely<Database>, data: Dataset): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const initiative of data.initiatives) {
      if (!initiative.translations) continue
      await trx
        .updateTable('initiatives')
        .set({ translations: translationsColumn(initiative.translations) })
        .where('id', '=', initiative.id)
        .where('name', '=', initiative.name)
        .where('description', '=', initiative.description)
        .where('translations', '=', NONE)
        .execute()
    }
    for (const group of data.groups) {
      if (!group.translations) continue
      await trx
        .updateTable('groups')
        .set({ translations: translationsColumn(group.translations) })
        .where('id', '=', group.id)
        .where('name', '=', group.name)
        .where('description', '=', group.description)
        .where('translations', '=', NONE)
        .execute()
    }
    for (const tour of data.tours) {
      if (tour.translations) {
        await trx
          .updateTable('tours')
          .set({ translations: translationsColumn(tour.translations) })
          .where('id', '=', tour.id)
          .where('title', '=', tour.title)
          .where('description', '=', tour.description)
          .where('translations', '=', NONE)
          .execute()
      }
      for (const [position, stop] of tour.stops.entries()) {
        if (!stop.translations) continue
        await trx
          .updateTable('tour_stops')
          .set({ translations: translationsColumn(stop.translations) })
          .where('tour_id', '=', tour.id)
          .where('position', '=', position)
          .where('title', '=', stop.title)
          .where('caption', '=', stop.caption)
          .where('translations', '=', NONE)
          .execute()
      }
    }
  })
}
