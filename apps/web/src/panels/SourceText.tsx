import type { SourceDocument } from '@atlas/schema'
import { useEffect, useRef } from 'react'
import { t } from '../i18n/translate'
import { excerptSegments } from './excerptSegments'
import { SourceCitation } from './SourceCitation'

interface Props {
  source: SourceDocument
  /** The sentence to mark and scroll to, where a fact quotes the source. */
  excerpt: string | null
}

/**
 * A source as the reader shows it: its citation, then its stored text with the quoted sentence marked, or where
 * only its address is kept, the link to it and the sentence the atlas quotes from it.
 */
export function SourceText({ source, excerpt }: Props) {
  const mark = useRef<HTMLElement>(null)
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: 'center' })
  }, [])
  const segments = source.text ? excerptSegments(source.text, excerpt) : []
  const found = segments.some((segment) => segment.excerpt)

  return (
    <article className="source-text">
      <p className="source-text-citation">
        <SourceCitation source={source} />
      </p>
      {source.text ? (
        <>
          {excerpt && !found ? <p className="hint">{t('source.excerptNotFound')}</p> : null}
          <div className="source-text-body">
            {segments.map((segment, index) =>
              segment.excerpt ? (
                <mark key={index} ref={mark}>
                  {segment.text}
                </mark>
              ) : (
                <span key={index}>{segment.text}</span>
              ),
            )}
          </div>
        </>
      ) : (
        <>
          <p className="hint">{t('source.noStoredText')}</p>
          {excerpt ? (
            <blockquote className="source-text-quote">
              <mark>{excerpt}</mark>
            </blockquote>
          ) : null}
        </>
      )}
    </article>
  )
}
