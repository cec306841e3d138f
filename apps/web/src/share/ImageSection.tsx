import { useId, useState } from 'react'
import { t } from '../i18n/translate'
import { ExportFailure } from './ExportFailure'
import { type ImageSize, imageSizeOptions } from './imageLayout'
import { ShareSection } from './ShareSection'
import { TitleField } from './TitleField'
import { useExportTask } from './useExportTask'

export interface ImageExport {
  /** The window's size in CSS pixels, offered as an image size beside the presets. */
  windowSize: ImageSize
  /** What the image's title field starts with: the tour's or the filter's name, say. */
  imageTitle?: string
  /** Makes and downloads the image; a rejection's message is shown. */
  onExportPng(options: { size: ImageSize; title: string }): Promise<void>
}

/** An image of the map as a PNG: its size and the title drawn on it. */
export function ImageSection({ windowSize, imageTitle = '', onExportPng }: ImageExport) {
  const sizeField = useId()
  const options = imageSizeOptions(windowSize)
  const [sizeId, setSizeId] = useState(options[0]?.id ?? '')
  const [title, setTitle] = useState(imageTitle)
  const { task, run } = useExportTask(onExportPng)
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
      <ExportFailure task={task} />
    </ShareSection>
  )
}
