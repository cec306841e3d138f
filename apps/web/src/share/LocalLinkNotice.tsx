import { t } from '../i18n/translate'

interface Props {
  /** The link being shared, whose host only this computer reaches. */
  url: string
  /** The same view at each of the server's network addresses; none when it listens on loopback alone. */
  networkUrls: readonly string[]
}

/**
 * Says plainly that a link naming localhost opens nothing on another computer, and what does: the same view at
 * the server's network addresses, or how to serve the network when it has none.
 */
export function LocalLinkNotice({ url, networkUrls }: Props) {
  return (
    <div className="notice share-notice" role="note">
      <p>{t('share.localOnly', { host: new URL(url).hostname })}</p>
      {networkUrls.length > 0 ? (
        <>
          <p>{t('share.localOnlyNetwork')}</p>
          <ul>
            {networkUrls.map((networkUrl) => (
              <li key={networkUrl}>
                <a href={networkUrl}>{new URL(networkUrl).host}</a>
              </li>
            ))}
          </ul>
          <p>{t('share.localOnlyNetworkHint')}</p>
        </>
      ) : (
        <p>{t('share.localOnlyServe')}</p>
      )}
    </div>
  )
}
