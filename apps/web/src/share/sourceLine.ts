import type { Source } from '@atlas/schema'
import { t } from '../i18n/translate'

/** "Title (Publisher, 2019)": what a caption or an exported image credits. Unknown ids are shown as they are. */
export function describeSource(id: string, sources: ReadonlyMap<string, Source>): string {
  const source = sources.get(id)
  if (!source) return id
  const detail = [source.publisher, source.publishedOn?.slice(0, 4)].filter(Boolean).join(', ')
  return detail ? `${source.title} (${detail})` : source.title
}

/** "Sources: A (Publisher, 2019); B" for a list of source ids, or "" when there are none. */
export function sourceLine(sourceIds: readonly string[], sources: readonly Source[]): string {
  const ids = [...new Set(sourceIds)]
  if (ids.length === 0) return ''
  const byId = new Map(sources.map((source) => [source.id, source]))
  // Titles contain commas, so the list is written with semicolons.
  return t('share.sources', {
    count: ids.length,
    sources: ids.map((id) => describeSource(id, byId)).join('; '),
  })
}
