import type { Source } from '@atlas/schema'
import { formatPartialDate, joinParts } from '../i18n/format'
import { t } from '../i18n/translate'

/**
 * A source as a reader would cite it: title, publisher, date, saying so where the document states none; a web
 * page with its address and the day it was read.
 */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <>
      <cite>{source.title}</cite>
      <span className="source-meta">
        {joinParts(
          source.publisher ?? t('details.publisherNotStated'),
          source.publishedOn ? formatPartialDate(source.publishedOn, 'day') : t('details.dateNotStated'),
          source.accessedOn && t('source.accessedOn', { date: formatPartialDate(source.accessedOn, 'day') }),
        )}
      </span>
      {source.url ? (
        <a className="source-url" href={source.url} target="_blank" rel="noopener noreferrer">
          {source.url.replace(/^https?:\/\//, '')}
        </a>
      ) : null}
    </>
  )
}
