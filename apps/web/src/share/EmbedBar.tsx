import { t } from '../i18n/translate'
import { fullAtlasUrl } from './embedUrl'
import './embed.css'

/** What an embedded map shows over itself: the title it was given, and a link to the same view in the full atlas. */
export function EmbedBar({ title }: { title: string | null }) {
  return (
    <>
      {title ? <h1 className="embed-title">{title}</h1> : null}
      <a className="embed-open" href={fullAtlasUrl(window.location.href)} target="_blank" rel="noopener">
        {t('embed.open')}
      </a>
    </>
  )
}
