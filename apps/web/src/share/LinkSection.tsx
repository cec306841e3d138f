import { useId, useMemo, useRef } from 'react'
import { t } from '../i18n/translate'
import { CopyStatus } from './CopyStatus'
import { downloadBlob, exportFileName } from './download'
import { LocalLinkNotice } from './LocalLinkNotice'
import { qrCode, qrSvgFile } from './qrCode'
import { ShareSection } from './ShareSection'
import type { ShareAddress } from './shareAddress'
import { useCopy } from './useCopy'

interface Props {
  url: string
  /** Set when the link opens on this computer only: the same view at the server's network addresses. */
  localOnly?: ShareAddress['localOnly']
}

/** The link to the view, to copy, and its QR code, to scan or download; and a word when it works here only. */
export function LinkSection({ url, localOnly }: Props) {
  const field = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copy, copied] = useCopy()
  const qr = useMemo(() => {
    try {
      return qrCode(url)
    } catch (error) {
      if (error instanceof RangeError) return null
      throw error
    }
  }, [url])

  return (
    <ShareSection title={t('share.link')}>
      <div className="share-row">
        <label className="visually-hidden" htmlFor={field}>
          {t('share.link')}
        </label>
        <input
          ref={input}
          id={field}
          className="text-input"
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-primary" onClick={() => copy(url, input.current)}>
          {t('share.copyLink')}
        </button>
      </div>
      <CopyStatus state={copied} />
      {localOnly ? <LocalLinkNotice url={url} networkUrls={localOnly.networkUrls} /> : null}
      {qr ? (
        <figure className="share-qr">
          <svg
            role="img"
            aria-label={t('share.qr')}
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            width="280"
            height="280"
            shapeRendering="crispEdges"
          >
            {/* Always dark on light, whatever the theme: inverted codes defeat many phone scanners. */}
            <rect width={qr.size} height={qr.size} fill="#ffffff" />
            <path d={qr.path} fill="#000000" />
          </svg>
          <figcaption>{t('share.qrHint')}</figcaption>
          <button
            type="button"
            className="button"
            onClick={() => downloadBlob(qrSvgFile(url), exportFileName('qr-code', 'svg'))}
          >
            {t('share.qrDownload')}
          </button>
        </figure>
      ) : (
        <p className="hint">{t('share.qrTooLong')}</p>
      )}
    </ShareSection>
  )
}
