import { useId, useRef, useState } from 'react'
import { t } from '../i18n/translate'
import { CopyStatus } from './CopyStatus'
import { embedUrl, iframeSnippet } from './embedUrl'
import { ShareSection } from './ShareSection'
import { TitleField } from './TitleField'
import { useCopy } from './useCopy'
import type { Bounds } from './viewBounds'

interface Props {
  url: string
  /** What the map shows, which the embedded map fits to its frame; null keeps the view's centre and zoom. */
  bounds: Bounds | null
}

/** The HTML that embeds the view in another page, interactive or still, with a title or without. */
export function EmbedSection({ url, bounds }: Props) {
  const mode = useId()
  const codeField = useId()
  const code = useRef<HTMLTextAreaElement>(null)
  const [interactive, setInteractive] = useState(true)
  const [title, setTitle] = useState('')
  const [copy, copied] = useCopy()
  const snippet = iframeSnippet(embedUrl(url, { interactive, title, bounds }), {
    title,
    frameTitle: t('share.embedFrameTitle'),
  })

  return (
    <ShareSection title={t('share.embed')}>
      <fieldset className="share-choice">
        <legend>{t('share.embedMode')}</legend>
        {[true, false].map((value) => (
          <label key={String(value)}>
            <input
              type="radio"
              name={mode}
              checked={interactive === value}
              onChange={() => setInteractive(value)}
            />
            {t(value ? 'share.embedInteractive' : 'share.embedStatic')}
          </label>
        ))}
      </fieldset>
      <div className="share-grid">
        <TitleField label={t('share.embedTitle')} value={title} onChange={setTitle} />
      </div>
      <label htmlFor={codeField}>{t('share.embedCode')}</label>
      <textarea
        ref={code}
        id={codeField}
        className="text-input share-code"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button button-primary" onClick={() => copy(snippet, code.current)}>
        {t('share.copyCode')}
      </button>
      <CopyStatus state={copied} />
    </ShareSection>
  )
}
