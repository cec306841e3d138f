import type { Source, Tour, TourStop } from '@atlas/schema'
import { useEffect, useEffectEvent, useReducer, useRef, useState } from 'react'
import { t } from '../i18n/translate'
import { sourceLine } from '../share/sourceLine'
import { enterFullscreen, holdFullscreen, isFullscreen, leaveFullscreen } from './fullscreen'
import { presenterAction } from './presenterKeys'
import { type StopView, stopToView } from './stopToView'
import {
  isPaused,
  nextDeadline,
  reduce,
  startTour,
  type TourPlayerEvent,
  type TourPlayerState,
} from './tourPlayer'
import './present.css'

export interface PresentationModeProps {
  tour: Tour
  /** Plays by itself and loops, pausing while someone uses the map. */
  kiosk: boolean
  /** Shows a stop: write it into the AtlasView (replacing the history entry, so Back leaves the tour). */
  onApply(stopView: StopView): void
  onExit(): void
  dwellMs?: number
  idleMs?: number
  /** The stop to open at, counted from 0 (from `&stop=` in the URL). */
  initialStop?: number
  /** Called with each stop shown, counted from 0, to keep `&stop=` in the URL. */
  onStopChange?(stopIndex: number): void
  /** The sources, to credit the tour's under the caption. */
  sources?: readonly Source[]
  /** What goes full screen: the whole page unless told otherwise. */
  fullscreenElement?: HTMLElement
  /** Opens sharing and export for the stop on screen; without it (and in a kiosk) there is no Share button. */
  onShare?(stop: TourStop): void
  /** How many pixels at the bottom of the window the caption covers, for the map to centre each stop above it. */
  onCaptionCover?(pixels: number): void
}

interface Timed {
  event: TourPlayerEvent
  now: number
}

const playerReducer = (state: TourPlayerState, { event, now }: Timed) => reduce(state, event, now)

/** Controls that Space and Enter operate, and fields whose keys are typing. */
const CONTROL = 'button, a[href], input, select, textarea, summary, [contenteditable="true"]'
const FIELD = 'input, select, textarea, [contenteditable="true"]'

/**
 * A tour on a projector or a booth screen: the map (behind, still the app's) with a large caption, progress and
 * on-screen controls over it. Keys and clickers move through it (presenterKeys.ts); Escape leaves.
 */
export function PresentationMode({
  tour,
  kiosk,
  onApply,
  onExit,
  dwellMs,
  idleMs,
  initialStop = 0,
  onStopChange,
  sources = [],
  fullscreenElement,
  onShare,
  onCaptionCover,
}: PresentationModeProps) {
  const [player, dispatch] = useReducer(playerReducer, null, () =>
    startTour(
      { stopCount: tour.stops.length, playing: kiosk, stopIndex: initialStop, timing: { dwellMs, idleMs } },
      Date.now(),
    ),
  )
  const send = (event: TourPlayerEvent) => dispatch({ event, now: Date.now() })
  const stop = tour.stops[player.stopIndex] ?? tour.stops[0]
  const total = tour.stops.length
  const current = player.stopIndex + 1
  const region = useRef<HTMLElement>(null)
  const caption = useRef<HTMLDivElement>(null)
  const [fullscreen, setFullscreen] = useState(false)

  const exit = () => {
    leaveFullscreen()
    onExit()
  }
  const requestFullscreen = () => {
    void enterFullscreen(fullscreenElement).then(setFullscreen)
  }

  // Show each stop once, when it comes up: the callbacks may be new functions on every render of the app.
  const show = useEffectEvent((stopIndex: number) => {
    const shown = tour.stops[stopIndex]
    if (shown) onApply(stopToView(shown))
    onStopChange?.(stopIndex)
  })
  useEffect(() => show(player.stopIndex), [player.stopIndex])

  // One timer, for whatever the player does next by itself.
  useEffect(() => {
    const deadline = nextDeadline(player)
    if (deadline === null) return
    const timer = window.setTimeout(() => send({ type: 'tick' }), Math.max(0, deadline - Date.now()))
    return () => window.clearTimeout(timer)
  }, [player])

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null
    // A modal dialog over the tour (Share) has the keys, Escape to close it included.
    if (target?.closest(`${FIELD}, dialog[open]`)) return
    if (kiosk) send({ type: 'input' })
    const onControl = target !== null && target.closest(CONTROL) !== null
    const action = presenterAction(event, { onControl })
    if (!action || ((action === 'exit' || action === 'toggleBlank') && event.repeat)) return
    // Before the map's own keyboard handler, which would pan on the same arrows.
    event.preventDefault()
    event.stopPropagation()
    if (action === 'exit') exit()
    else send({ type: action })
  })
  const onInput = useEffectEvent(() => {
    if (kiosk) send({ type: 'input' })
  })
  // Someone moving the mouse is using the map too; a mouse that only trembles on a kiosk's table is not.
  const onPointerMove = useEffectEvent((event: PointerEvent) => {
    if (event.pointerType === 'mouse' && Math.hypot(event.movementX, event.movementY) >= 3) onInput()
  })
  const onFullscreenChange = useEffectEvent(() => {
    const now = isFullscreen()
    // Leaving full screen (the browser takes Escape for that) leaves the presentation, as Escape does.
    if (fullscreen && !now) exit()
    setFullscreen(now)
  })

  useEffect(() => {
    const options = { capture: true }
    const passive = { capture: true, passive: true }
    window.addEventListener('keydown', onKey, options)
    window.addEventListener('pointerdown', onInput, passive)
    window.addEventListener('wheel', onInput, passive)
    window.addEventListener('pointermove', onPointerMove, passive)
    document.addEventListener('fullscreenchange', onFullscreenChange)
    return () => {
      window.removeEventListener('keydown', onKey, options)
      window.removeEventListener('pointerdown', onInput, passive)
      window.removeEventListener('wheel', onInput, passive)
      window.removeEventListener('pointermove', onPointerMove, passive)
      document.removeEventListener('fullscreenchange', onFullscreenChange)
    }
  }, [])

  const reportCover = useEffectEvent(() => {
    const top = caption.current?.getBoundingClientRect().top
    onCaptionCover?.(top === undefined ? 0 : Math.max(0, Math.round(window.innerHeight - top)))
  })
  useEffect(() => {
    const observer = new ResizeObserver(() => reportCover())
    if (caption.current) observer.observe(caption.current)
    window.addEventListener('resize', reportCover)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', reportCover)
    }
  }, [])

  const start = useEffectEvent(() => {
    region.current?.focus()
    setFullscreen(isFullscreen())
    requestFullscreen()
  })
  useEffect(() => {
    start()
    // Also when the app unmounts the presentation itself (Back, a new URL) rather than through exit().
    return holdFullscreen()
  }, [])

  const atStart = !kiosk && player.stopIndex === 0
  const atEnd = !kiosk && player.stopIndex === total - 1
  const credit = sourceLine(tour.sourceIds, sources)

  return (
    <section
      ref={region}
      className="presentation"
      aria-label={t('present.label', { title: tour.title })}
      tabIndex={-1}
    >
      {stop ? (
        <div ref={caption} className="presentation-caption" aria-live="polite" aria-atomic="true">
          <p className="presentation-tour">{tour.title}</p>
          <h2 className="presentation-title">{stop.title}</h2>
          <p className="presentation-text">{stop.caption}</p>
          {credit ? <p className="presentation-source">{credit}</p> : null}
        </div>
      ) : null}

      <div className="presentation-bar">
        <div className="presentation-progress">
          <span className="presentation-count" aria-hidden="true">
            {t('present.progress', { current, total })}
          </span>
          <div
            className="presentation-track"
            role="progressbar"
            aria-label={tour.title}
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
            disabled={atStart}
            onClick={() => send({ type: 'previous' })}
          >
            ←
          </ControlButton>
          <ControlButton label={t('present.next')} disabled={atEnd} onClick={() => send({ type: 'next' })}>
            →
          </ControlButton>
          {fullscreen ? null : (
            <button
              type="button"
              className="presentation-button presentation-text-button"
              onClick={requestFullscreen}
            >
              {t('present.fullscreen')}
            </button>
          )}
          {onShare && stop && !kiosk ? (
            <button
              type="button"
              className="presentation-button presentation-text-button"
              aria-haspopup="dialog"
              onClick={() => onShare(stop)}
            >
              {t('share.open')}
            </button>
          ) : null}
          {/* A booth visitor should not be able to leave the loop; the person who set it up has Escape. */}
          {kiosk ? null : (
            <ControlButton label={t('present.exit')} onClick={exit}>
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

      {isPaused(player) ? (
        <p className="presentation-paused" role="status">
          {t('present.paused')}
        </p>
      ) : null}

      {player.blank ? (
        <button
          type="button"
          className="presentation-blank"
          aria-label={t('present.blanked')}
          onClick={() => send({ type: 'toggleBlank' })}
        />
      ) : null}
    </section>
  )
}

interface ControlButtonProps {
  label: string
  disabled?: boolean
  onClick(): void
  children: string
}

/**
 * An icon button named for screen readers. Disabled with aria-disabled rather than `disabled`, so that focus
 * stays on it at the first or last stop instead of falling back to the page.
 */
function ControlButton({ label, disabled = false, onClick, children }: ControlButtonProps) {
  return (
    <button
      type="button"
      className="presentation-button"
      aria-label={label}
      title={label}
      aria-disabled={disabled || undefined}
      onClick={disabled ? undefined : onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  )
}
