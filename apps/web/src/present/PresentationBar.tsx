import type { Ref } from 'react'
import { t } from '../i18n/translate'
import { ControlButton } from './ControlButton'

interface Props {
  /** The bar's element, for the map to frame each stop clear of it. */
  ref?: Ref<HTMLDivElement>
  /** The tour's title, which names the progress bar. */
  title: string
  /** The stop on screen, counted from 1, of `total`. */
  current: number
  total: number
  /** Plays by itself: no way out on screen, and no end to stop at. */
  kiosk: boolean
  /** A kiosk stopped from going on by itself (see tourPlayer.ts): its Play button shows Play, else Stop. */
  held: boolean
  fullscreen: boolean
  onPrevious(): void
  onNext(): void
  onTogglePlay(): void
  onFullscreen(): void
  /** Opens sharing for the stop on screen; without it there is no Share button. */
  onShare?(): void
  onExit(): void
}

/** The presentation's progress and its on-screen controls, at the bottom right. */
export function PresentationBar(props: Props) {
  const { title, current, total, kiosk, held, fullscreen, onShare } = props
  return (
    <div ref={props.ref} className="presentation-bar">
      <div className="presentation-progress">
        <span className="presentation-count" aria-hidden="true">
          {t('present.progress', { current, total })}
        </span>
        <div
          className="presentation-track"
          role="progressbar"
          aria-label={title}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={current}
          aria-valuetext={t('present.progressLabel', { current, total })}
        >
          <div className="presentation-fill" style={{ width: `${(current / total) * 100}%` }} />
        </div>
      </div>
      <div className="presentation-controls">
        <ControlButton
          label={t('present.previous')}
          disabled={!kiosk && current === 1}
          onClick={props.onPrevious}
        >
          ←
        </ControlButton>
        <ControlButton
          label={t('present.next')}
          disabled={!kiosk && current === total}
          onClick={props.onNext}
        >
          →
        </ControlButton>
        {/* Moving content stops on demand (WCAG 2.2.2): a kiosk can be stopped, and started again. */}
        {kiosk ? (
          <ControlButton label={t(held ? 'present.play' : 'present.stop')} onClick={props.onTogglePlay}>
            {held ? '▶' : '■'}
          </ControlButton>
        ) : null}
        {fullscreen ? null : (
          <button
            type="button"
            className="presentation-button presentation-text-button"
            onClick={props.onFullscreen}
          >
            {t('present.fullscreen')}
          </button>
        )}
        {onShare && !kiosk ? (
          <button
            type="button"
            className="presentation-button presentation-text-button"
            aria-haspopup="dialog"
            onClick={onShare}
          >
            {t('share.open')}
          </button>
        ) : null}
        {/* A booth visitor should not be able to leave the loop; the person who set it up has Escape. */}
        {kiosk ? null : (
          <ControlButton label={t('present.exit')} onClick={props.onExit}>
            ×
          </ControlButton>
        )}
      </div>
      {kiosk ? null : (
        <p className="presentation-keys" aria-hidden="true">
          {t('present.keys')}
        </p>
      )}
    </div>
  )
}
