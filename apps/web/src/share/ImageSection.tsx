import { useId, useState } from 'react'
import { t } from '../i18n/translate'
import { ExportFailure } from './ExportFailure'
import { ExportProgress } from './ExportProgress'
import type { ExportStep, OnExportProgress } from './exportProgress'
import { type ImageSize, imageSizeOptions } from './imageLayout'
import { ShareSection } from './ShareSection'
import { TitleField } from './TitleField'
import { useExportTask } from './useExportTask'

export interface ImageExport {
  /** The window's size in CSS pixels, offered as an image size beside the presets. */
  windowSize: ImageSize
  /** What the image's title field starts with: the tour's or the filter's name, say. */
  imageTitle?: string
  /** Makes and downloads the image, telling each step as it starts; a rejection's message is shown. */
  onExportPng(options: { size: ImageSize; title: string }, onProgress: OnExportProgress): Promise<void>
}

/** An image of the map as a PNG: its size and the title drawn on it. */
export function ImageSection({ windowSize, imageTitle = '', onExportPng }: ImageExport) {
  const sizeField = useId()
  const options = imageSizeOptions(windowSize)
  const [sizeId, setSizeId] = useState(options[0]?.id ?? '')
  const [title, setTitle] = useState(imageTitle)
  const [step, setStep] = useState<ExportStep>('preparing')
  const { task, run } = useExportTask((input: { size: ImageSize; title: string }) => {
    setStep('preparing')
    return onExportPng(input, setStep)
  })
  const size = options.find((option) => option.id === sizeId) ?? options[0]

  const exportPng = () => {
    if (size) run({ size: { width: size.width, height: size.height }, title: title.trim() })
  }

  return (
    <ShareSection title={t('share.image')}>
      <div className="share-grid">
        <label htmlFor={sizeField}>{t('share.imageSize')}</label>
        <select
          id={sizeField}
          className="text-input"
          value={size?.id}
          onChange={(event) => setSizeId(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {t(option.window ? 'share.imageSizeWindow' : 'share.imageSizeOption', {
                width: String(option.width),
                height: String(option.height),
              })}
            </option>
          ))}
        </select>
        <TitleField label={t('share.imageTitle')} value={title} onChange={setTitle} />
      </div>
      <button
        type="button"
        className="button button-primary"
        aria-disabled={task.isPending || undefined}
        onClick={exportPng}
      >
        {task.isPending ? t('share.exporting') : t('share.exportPng')}
      </button>
      {task.isPending ? <ExportProgress step={step} /> : null}
      <ExportFailure task={task} />
    </ShareSection>
  )
}
