import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react'
import { t } from '../i18n/translate'
import { Dialog } from '../panels/Dialog'
import { downloadBlob, exportFileName } from './download'
import { embedUrl, iframeSnippet } from './embedUrl'
import { type ImageSize, imageSizeOptions } from './imageLayout'
import { qrCode, qrSvgFile } from './qrCode'
import './share.css'

export type CsvTable = 'institutions' | 'links'

export interface ShareDialogProps {
  open: boolean
  onClose(): void
  /** The link to this view: the page's URL, as the atlas view writes it. */
  url: string
  /** The window's size in CSS pixels, offered as an image size beside the presets. */
  windowSize: ImageSize
  /** What the image's title field starts with: the tour's or the filter's name, say. */
  imageTitle?: string
  /** Each export makes and downloads its file; a rejection's message is shown in the dialog. */
  onExportPng(options: { size: ImageSize; title: string }): Promise<void>
  onExportCsv(table: CsvTable): Promise<void>
  onExportGeoJson(): Promise<void>
}

/** Sharing the current view: its link and QR code, an image of the map, the data shown, and embed code. */
export function ShareDialog(props: ShareDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} heading={t('share.heading')} className="share-dialog">
      <div className="share-sections">
        <LinkSection url={props.url} />
        <ImageSection {...props} />
        <DataSection {...props} />
        <EmbedSection url={props.url} />
      </div>
    </Dialog>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const heading = useId()
  return (
    <section className="share-section" aria-labelledby={heading}>
      <h3 id={heading}>{title}</h3>
      {children}
    </section>
  )
}

function LinkSection({ url }: { url: string }) {
  const field = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copy, copied] = useCopy()
  const qr = useMemo(() => {
    try {
      return qrCode(url)
    } catch (error) {
      if (error instanceof RangeError) return null
      throw error
    }
  }, [url])

  return (
    <Section title={t('share.link')}>
      <div className="share-row">
        <label className="visually-hidden" htmlFor={field}>
          {t('share.link')}
        </label>
        <input
          ref={input}
          id={field}
          className="text-input"
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button-primary" onClick={() => copy(url, input.current)}>
          {t('share.copyLink')}
        </button>
      </div>
      <CopyStatus state={copied} />
      {qr ? (
        <figure className="share-qr">
          <svg
            role="img"
            aria-label={t('share.qr')}
            viewBox={`0 0 ${qr.size} ${qr.size}`}
            width="280"
            height="280"
            shapeRendering="crispEdges"
          >
            {/* Always dark on light, whatever the theme: inverted codes defeat many phone scanners. */}
            <rect width={qr.size} height={qr.size} fill="#ffffff" />
            <path d={qr.path} fill="#000000" />
          </svg>
          <figcaption>{t('share.qrHint')}</figcaption>
          <button
            type="button"
            className="button"
            onClick={() => downloadBlob(qrSvgFile(url), exportFileName('qr-code', 'svg'))}
          >
            {t('share.qrDownload')}
          </button>
        </figure>
      ) : (
        <p className="hint">{t('share.qrTooLong')}</p>
      )}
    </Section>
  )
}

type TaskState = { status: 'idle' } | { status: 'busy' } | { status: 'failed'; message: string }

/** An export in progress: one at a time, and the reason when it fails. */
function useExportTask(): [TaskState, (task: () => Promise<void>) => void] {
  const [state, setState] = useState<TaskState>({ status: 'idle' })
  const run = (task: () => Promise<void>) => {
    if (state.status === 'busy') return
    setState({ status: 'busy' })
    task().then(
      () => setState({ status: 'idle' }),
      (error: unknown) =>
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    )
  }
  return [state, run]
}

function ExportFailure({ state }: { state: TaskState }) {
  return state.status === 'failed' ? (
    <p className="notice notice-error" role="alert">
      {t('share.exportFailed', { message: state.message })}
    </p>
  ) : null
}

function ImageSection({ windowSize, imageTitle = '', onExportPng }: ShareDialogProps) {
  const sizeField = useId()
  const options = imageSizeOptions(windowSize)
  const [sizeId, setSizeId] = useState(options[0]?.id ?? '')
  const [title, setTitle] = useState(imageTitle)
  const [state, run] = useExportTask()
  const size = options.find((option) => option.id === sizeId) ?? options[0]

  const exportPng = () => {
    if (size)
      run(() => onExportPng({ size: { width: size.width, height: size.height }, title: title.trim() }))
  }

  return (
    <Section title={t('share.image')}>
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
        aria-disabled={state.status === 'busy' || undefined}
        onClick={exportPng}
      >
        {state.status === 'busy' ? t('share.exporting') : t('share.exportPng')}
      </button>
      <ExportFailure state={state} />
    </Section>
  )
}

function DataSection({ onExportCsv, onExportGeoJson }: ShareDialogProps) {
  const [state, run] = useExportTask()
  return (
    <Section title={t('share.data')}>
      <p className="hint">{t('share.dataHint')}</p>
      <div className="share-row" aria-busy={state.status === 'busy'}>
        <button type="button" className="button" onClick={() => run(() => onExportCsv('institutions'))}>
          {t('share.csvInstitutions')}
        </button>
        <button type="button" className="button" onClick={() => run(() => onExportCsv('links'))}>
          {t('share.csvLinks')}
        </button>
        <button type="button" className="button" onClick={() => run(onExportGeoJson)}>
          {t('share.geojson')}
        </button>
      </div>
      <ExportFailure state={state} />
    </Section>
  )
}

function EmbedSection({ url }: { url: string }) {
  const mode = useId()
  const codeField = useId()
  const code = useRef<HTMLTextAreaElement>(null)
  const [interactive, setInteractive] = useState(true)
  const [title, setTitle] = useState('')
  const [copy, copied] = useCopy()
  const snippet = iframeSnippet(embedUrl(url, { interactive, title }), {
    title,
    frameTitle: t('share.embedFrameTitle'),
  })

  return (
    <Section title={t('share.embed')}>
      <fieldset className="share-choice">
        <legend>{t('share.embedMode')}</legend>
        {[true, false].map((value) => (
          <label key={String(value)}>
            <input
              type="radio"
              name={mode}
              checked={interactive === value}
              onChange={() => setInteractive(value)}
            />
            {t(value ? 'share.embedInteractive' : 'share.embedStatic')}
          </label>
        ))}
      </fieldset>
      <div className="share-grid">
        <TitleField label={t('share.embedTitle')} value={title} onChange={setTitle} />
      </div>
      <label htmlFor={codeField}>{t('share.embedCode')}</label>
      <textarea
        ref={code}
        id={codeField}
        className="text-input share-code"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button button-primary" onClick={() => copy(snippet, code.current)}>
        {t('share.copyCode')}
      </button>
      <CopyStatus state={copied} />
    </Section>
  )
}

/** A labelled one-line title, as long as embedUrl and the image layout keep one. */
function TitleField({
  label,
  value,
  onChange,
}: {
  label: string
  value: string
  onChange(value: string): void
}) {
  const field = useId()
  return (
    <>
      <label htmlFor={field}>{label}</label>
      <input
        id={field}
        className="text-input"
        type="text"
        value={value}
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
      />
    </>
  )
}

type CopyState = 'idle' | 'copied' | 'failed'

/**
 * Copies text to the clipboard. Where the clipboard is missing (http on a host other than localhost) or refuses,
 * the text is selected in its field instead, and the status says to copy it by hand.
 */
function useCopy(): [
  (text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => void,
  CopyState,
] {
  const [state, setState] = useState<CopyState>('idle')
  useEffect(() => {
    if (state !== 'copied') return
    const timer = window.setTimeout(() => setState('idle'), 2500)
    return () => window.clearTimeout(timer)
  }, [state])
  const copy = (text: string, field: HTMLInputElement | HTMLTextAreaElement | null) => {
    const written = navigator.clipboard
      ? navigator.clipboard.writeText(text)
      : Promise.reject(new Error('no clipboard'))
    written.then(
      () => setState('copied'),
      () => {
        field?.focus()
        field?.select()
        setState('failed')
      },
    )
  }
  return [copy, state]
}

function CopyStatus({ state }: { state: CopyState }) {
  return (
    <p className="hint" role="status">
      {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
    </p>
  )
}
