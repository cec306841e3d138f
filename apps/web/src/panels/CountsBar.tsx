import type { AtlasCounts } from '../data/filterAtlas'
import { t } from '../i18n/translate'

/** Where the skip link to the results goes (layouts/SkipLinks.tsx). */
export const RESULTS_ID = 'atlas-results'

/** “N institutions · M links · K countries” for the current filter, read out when it changes. */
export function CountsBar({ counts }: { counts: AtlasCounts }) {
  return (
    <p id={RESULTS_ID} tabIndex={-1} className="counts-bar" aria-live="polite" title={t('count.label')}>
      {t('count.summary', {
        institutions: t('count.institutions', { count: counts.institutions }),
        links: t('count.links', { count: counts.links }),
        countries: t('count.countries', { count: counts.countries }),
      })}
    </p>
  )
}
