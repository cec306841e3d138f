import { useQuery } from '@tanstack/react-query'
import { useEditor } from '../editing/EditingContext'
import type { EditTarget } from '../editing/editTarget'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import { enterFullscreen } from './fullscreen'
import './tourMenu.css'
import { localized, localText } from '../i18n/localized'
import { Localized } from '../panels/Localized'

interface Props {
  /** Starts a tour: put `?tour=<id>[&kiosk=1]` in the URL (state/urlState.ts) and render TourPresentation for it. */
  onStart(tourId: string, options: { kiosk: boolean }): void
  /** Closes what the menu is in, before an editor's form opens beside the map. */
  onClose(): void
}

/**
 * The guided tours, each with what it covers, its length, and buttons to present it or run it as a kiosk loop.
 * It has no heading of its own: the dialog it opens in (ToursDialog) names it. An editor may also change a tour, or
 * write a new one from the map as it is.
 */
export function TourMenu({ onStart, onClose }: Props) {
  const trpc = useTRPC()
  const tours = useQuery(trpc.tour.list.queryOptions())
  const editor = useEditor()
  const edit = (target: EditTarget) => {
    onClose()
    editor?.edit(target)
  }

  const start = (tourId: string, kiosk: boolean) => {
    // Asked here, in the click (which Enter and Space on the button send too), because browsers grant full screen
    // only to a fresh user action: the keyboard's as much as the mouse's.
    void enterFullscreen()
    onStart(tourId, { kiosk })
  }

  return (
    <div className="tour-menu">
      {tours.isPending ? (
        <p className="hint" role="status">
          {t('present.menu.loading')}
        </p>
      ) : null}
      {tours.isError ? (
        <div className="notice notice-error" role="alert">
          <p>{t('present.menu.failed', { message: tours.error.message })}</p>
          <button type="button" className="button" onClick={() => tours.refetch()}>
            {t('present.retry')}
          </button>
        </div>
      ) : null}
      {tours.data?.length === 0 ? <p>{t('present.menu.empty')}</p> : null}
      {tours.data && tours.data.length > 0 ? (
        <>
          <ul className="tour-menu-list">
            {tours.data.map((tour) => (
              <li key={tour.id} className="tour-menu-item">
                <h3>
                  <Localized named={localized(tour, 'title')} />
                </h3>
                <p className="tour-menu-description">
                  <Localized named={localized(tour, 'description')} />
                </p>
                <p className="tour-menu-stops">{t('present.menu.stops', { count: tour.stopCount })}</p>
                <div className="tour-menu-actions">
                  <button
                    type="button"
                    className="button button-primary"
                    aria-label={t('present.menu.startLabel', { title: localText(tour, 'title') })}
                    onClick={() => start(tour.id, false)}
                  >
                    {t('present.menu.start')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('present.menu.kioskLabel', { title: localText(tour, 'title') })}
                    onClick={() => start(tour.id, true)}
                  >
                    {t('present.menu.kiosk')}
                  </button>
                  {editor ? (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('edit.editTourLabel', { title: localText(tour, 'title') })}
                      onClick={() => edit({ form: 'tour', id: tour.id })}
                    >
                      {t('edit.editTour')}
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          <p className="tour-menu-hint">{t('present.menu.kioskHint')}</p>
        </>
      ) : null}
      {editor ? (
        <button type="button" className="button" onClick={() => edit({ form: 'tour', id: null })}>
          {t('edit.newTour')}
        </button>
      ) : null}
    </div>
  )
}
