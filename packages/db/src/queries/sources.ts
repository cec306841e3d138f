import type { Source } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'

/** All sources, or with `ids` only those. */
export async function listSources(db: Kysely<Database>, ids?: readonly string[]): Promise<Source[]> {
  let query = db.selectFrom('sources').selectAll().orderBy('id')
  if (ids) {
    if (ids.length === 0) return []
    query = query.where('id', 'in', [...ids])
  }
  const rows = await query.execute()
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    publishedOn: r.published_on,
    seedFile: r.seed_file,
  }))
}
