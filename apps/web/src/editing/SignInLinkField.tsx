import { useId, useRef } from 'react'
import { t } from '../i18n/translate'
import { CopyStatus } from '../share/CopyStatus'
import { useCopy } from '../share/useCopy'

/** A one-time sign-in link for the admin to copy and send: shown once, since the server keeps only its hash. */
export function SignInLinkField({ url }: { url: string }) {
  const field = useRef<HTMLInputElement>(null)
  const id = useId()
  const [copy, copied] = useCopy()
  return (
    <div className="sign-in-link">
      <label htmlFor={id}>{t('editors.linkLabel')}</label>
      <div className="share-row">
        <input
          ref={field}
          id={id}
          className="text-input"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => copy(url, field.current)}>
          {t('share.copyLink')}
        </button>
      </div>
      <p className="hint">{t('editors.linkHint')}</p>
      <CopyStatus state={copied} />
    </div>
  )
}
