import type { AtlasDataState } from '../data/useAtlasData'
import { t } from '../i18n/translate'

/** What the map area shows until the atlas data has arrived: that it is loading, or why it failed. */
export function DataStatus({ state }: { state: Exclude<AtlasDataState, { status: 'ready' }> }) {
  if (state.status === 'pending') {
    return (
      <div className="notice notice-centre" role="status">
        <span className="spinner" aria-hidden="true" />
        <p>{t('status.loading')}</p>
      </div>
    )
  }
  return (
    <div className="notice notice-centre notice-error" role="alert">
      <p>{state.message}</p>
      <button type="button" className="button button-primary" onClick={state.retry}>
        {t('action.retry')}
      </button>
    </div>
  )
}
