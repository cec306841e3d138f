import { t } from '../i18n/translate'
import { EXPORT_STEPS, type ExportStep } from './exportProgress'

/** How far an image export has come: a bar of its steps and the step it is on. */
export function ExportProgress({ step }: { step: ExportStep }) {
  const index = EXPORT_STEPS.indexOf(step) + 1
  const text = t('share.exportProgress', {
    step: t(`share.exportStep.${step}`),
    index,
    total: EXPORT_STEPS.length,
  })
  return (
    <div role="status">
      <progress max={EXPORT_STEPS.length} value={index} aria-label={text} />
      <p>{text}</p>
    </div>
  )
}
