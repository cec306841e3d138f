import type { Source, Tour, TourStop } from '@atlas/schema'
import { useEffect } from 'react'
import { t } from '../i18n/translate'
import type { Insets } from '../map/useView'
import { sourceLine } from '../share/sourceLine'
import { leaveFullscreen } from './fullscreen'
import { PresentationBar } from './PresentationBar'
import type { SubjectData } from './stopSubjects'
import { type StopView, stopToView } from './stopToView'
import { usePresentationFullscreen } from './usePresentationFullscreen'
import { usePresenterKeys } from './usePresenterKeys'
import { useStopFraming } from './useStopFraming'
import { useTourPlayer } from './useTourPlayer'
import './present.css'
import { localized, localText } from '../i18n/localized'
import { Localized } from '../panels/Localized'
import { prefersReducedMotion } from '../state/useReducedMotion'

export interface PresentationModeProps {
  tour: Tour
  /** Plays by itself and loops, pausing while someone uses the map. */
  kiosk: boolean
  /**
   * Shows a stop, or the one on screen framed anew: write it into the AtlasView (replacing the history entry, so Back
   * leaves the tour), and keep `padding` clear on the map, where the caption and the controls cover it.
   */
  onApply(stopView: Partial<StopView>, padding: Insets): void
  /** What the map holds, to frame what each stop is about; null while it loads, when each stop shows its view. */
  subjects?: SubjectData | null
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
}

/**
 * A tour on a projector or a booth screen: the map (behind, still the app's) with a large caption, progress and
 * on-screen controls over it. Keys and clickers move through it (usePresenterKeys.ts); Escape leaves.
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
  subjects = null,
}: PresentationModeProps) {
  const start = {
    stopCount: tour.stops.length,
    playing: kiosk,
    stopIndex: initialStop,
    timing: { dwellMs, idleMs },
    // Someone who asked for less motion gets a kiosk that moves only when moved, until they press Play.
    held: prefersReducedMotion(),
  }
  const { player, paused, send } = useTourPlayer(start, (stopIndex) => {
    const shown = tour.stops[stopIndex]
    if (shown) {
      // Framed after the caption has changed for it, so that the stop is clear of the caption it is shown with.
      const { view, padding } = framing.frame(shown)
      onApply({ ...stopToView(shown), view }, padding)
    }
    onStopChange?.(stopIndex)
  })
  const stop = tour.stops[player.stopIndex] ?? tour.stops[0]
  const framing = useStopFraming(stop, subjects, ({ view, padding }) => onApply({ view }, padding))
  const { region, caption, controls } = framing
  const exit = () => {
    leaveFullscreen()
    onExit()
  }
  usePresenterKeys({ kiosk, send, exit })
  useEffect(() => region.current?.focus(), [])
  const { fullscreen, requestFullscreen } = usePresentationFullscreen(fullscreenElement, exit)
  const credit = sourceLine(tour.sourceIds, sources)

  return (
    <section
      ref={region}
      className="presentation"
      aria-label={t('present.label', { title: localText(tour, 'title') })}
      tabIndex={-1}
    >
      {stop ? (
        <div ref={caption} className="presentation-caption" aria-live="polite" aria-atomic="true">
          <p className="presentation-tour">
            <Localized named={localized(tour, 'title')} />
          </p>
          <h2 className="presentation-title">
            <Localized named={localized(stop, 'title')} />
          </h2>
          <p className="presentation-text">
            <Localized named={localized(stop, 'caption')} />
          </p>
          {credit ? <p className="presentation-source">{credit}</p> : null}
        </div>
      ) : null}

      <PresentationBar
        ref={controls}
        title={tour.title}
        current={player.stopIndex + 1}
        total={tour.stops.length}
        kiosk={kiosk}
        held={player.held}
        fullscreen={fullscreen}
        onPrevious={() => send({ type: 'previous' })}
        onNext={() => send({ type: 'next' })}
        onTogglePlay={() => send({ type: 'togglePlay' })}
        onFullscreen={requestFullscreen}
        onShare={onShare && stop ? () => onShare(stop) : undefined}
        onExit={exit}
      />

      {paused || player.held ? (
        <p className="presentation-paused" role="status">
          {t(player.held ? 'present.held' : 'present.paused')}
        </p>
      ) : null}

      {/* Blanked (b or . on a clicker), the screen is black until the next key or a click on it. */}
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
