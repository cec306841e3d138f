import type { Source, SourceDocument } from '@atlas/schema'
import type { Kysely, Selectable } from 'kysely'
import type { Database } from '../types'

// Every column but the text, which only the source reader asks for.
const SOURCE_COLUMNS = [
  'id',
  'title',
  'publisher',
  'published_on',
  'seed_file',
  'url',
  'accessed_on',
] as const

type SourceRow = Pick<Selectable<Database['sources']>, (typeof SOURCE_COLUMNS)[number]>

function toSource(row: SourceRow): Source {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.published_on,
    seedFile: row.seed_file,
    url: row.url,
    accessedOn: row.accessed_on,
  }
}

/** All sources, or with `ids` only those; without their texts, so a list stays small. */
export async function listSources(db: Kysely<Database>, ids?: readonly string[]): Promise<Source[]> {
  let query = db.selectFrom('sources').select(SOURCE_COLUMNS).orderBy('id')
  if (ids) {
    if (ids.length === 0) return []
    query = query.where('id', 'in', [...ids])
  }
  return (await query.execute()).map(toSource)
}

/** One source with its stored text, for the reader. */
export async function findSourceDocument(
  db: Kysely<Database>,
  id: string,
): Promise<SourceDocument | undefined> {
  const row = await db
    .selectFrom('sources')
    .select([...SOURCE_COLUMNS, 'text'])
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? { ...toSource(row), text: row.text } : undefined
}
