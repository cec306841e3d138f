import { t } from '../i18n/translate'
import type { ExportState } from './useExportTask'

/** Why the last export failed, or nothing. */
export function ExportFailure({ state }: { state: ExportState }) {
  return state.status === 'failed' ? (
    <p className="notice notice-error" role="alert">
      {t('share.exportFailed', { message: state.message })}
    </p>
  ) : null
}
