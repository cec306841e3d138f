import { t } from '../i18n/translate'
import { RESULTS_ID } from '../panels/CountsBar'

/** The map's canvas, which MapLibre makes focusable (and the keyboard's way onto the institutions). */
const MAP_CANVAS = '.map-area .maplibregl-canvas'

/**
 * The first things Tab reaches, shown only then: straight to the map, or to the results of the filters (what is
 * shown, which the table lists), past the toolbar and the filters.
 */
export function SkipLinks() {
  const skipTo = (selector: string) => () => document.querySelector<HTMLElement>(selector)?.focus()
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      <button type="button" className="skip-link" onClick={skipTo(MAP_CANVAS)}>
        {t('skip.map')}
      </button>
      <button type="button" className="skip-link" onClick={skipTo(`#${RESULTS_ID}`)}>
        {t('skip.results')}
      </button>
    </nav>
  )
}
