import { t } from '../i18n/translate'

/** Why the last export failed, or nothing. */
export function ExportFailure({ task }: { task: { isError: boolean; error: unknown } }) {
  if (!task.isError) return null
  const message = task.error instanceof Error ? task.error.message : String(task.error)
  return (
    <p className="notice notice-error" role="alert">
      {t('share.exportFailed', { message })}
    </p>
  )
}
