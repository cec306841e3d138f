import { t } from '../i18n/translate'
import type { CopyState } from './useCopy'

/** Says, to the eye and to screen readers, whether a copy worked or must be done by hand. */
export function CopyStatus({ state }: { state: CopyState }) {
  return (
    <p className="hint" role="status">
      {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
    </p>
  )
}
