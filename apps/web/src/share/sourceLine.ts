import type { Source } from '@atlas/schema'
import { t } from '../i18n/translate'

/** "Title (Publisher, 2019)": what a caption or an exported image credits. Unknown ids are shown as they are. */
export function describeSource(id: string, sources: ReadonlyMap<string, Source>): string {
  const source = sources.get(id)
  if (!source) return id
  const detail = [source.publisher, source.publishedOn?.slice(0, 4)].filter(Boolean).join(', ')
  return detail ? `${source.title} (${detail})` : source.title
}

/**
 * "Sources: A (Publisher, 2019); B · https://atlas.example.org/" for a list of source ids and the address the
 * audience opens the atlas at (none when only this computer can), or "" when there is neither.
 */
export function sourceLine(
  sourceIds: readonly string[],
  sources: readonly Source[],
  site: string | null = null,
): string {
  const ids = [...new Set(sourceIds)]
  const byId = new Map(sources.map((source) => [source.id, source]))
  // Titles contain commas, so the list is written with semicolons.
  const credits =
    ids.length > 0
      ? t('share.sources', {
          count: ids.length,
          sources: ids.map((id) => describeSource(id, byId)).join('; '),
        })
      : ''
  return [credits, site].filter(Boolean).join(' · ')
}
