import { useQuery } from '@tanstack/react-query'
import { t } from '../i18n/translate'
import { useTRPC } from '../trpc'
import { leaveFullscreen } from './fullscreen'
import { PresentationMode, type PresentationModeProps } from './PresentationMode'

export interface TourPresentationProps extends Omit<PresentationModeProps, 'tour' | 'sources'> {
  tourId: string
}

const once = { staleTime: Number.POSITIVE_INFINITY } as const

/** A tour by its id, as the URL gives it: loads the tour and the sources it credits, then presents it. */
export function TourPresentation({ tourId, ...props }: TourPresentationProps) {
  const trpc = useTRPC()
  const tour = useQuery(trpc.tour.get.queryOptions({ id: tourId }, once))
  const sources = useQuery(trpc.source.list.queryOptions(undefined, once))

  const exit = () => {
    leaveFullscreen()
    props.onExit()
  }

  if (tour.data) {
    // A new tour or mode starts over, rather than carrying the old one's position and timers.
    return (
      <PresentationMode key={`${tourId}:${props.kiosk}`} tour={tour.data} sources={sources.data} {...props} />
    )
  }
  return (
    <section className="presentation" aria-label={t('present.loading')}>
      <div className="presentation-caption presentation-status" role={tour.isError ? 'alert' : 'status'}>
        <p className="presentation-text">
          {tour.isError ? t('present.failed', { message: tour.error.message }) : t('present.loading')}
        </p>
        <div className="presentation-controls">
          {tour.isError ? (
            <button
              type="button"
              className="presentation-button presentation-text-button"
              onClick={() => tour.refetch()}
            >
              {t('present.retry')}
            </button>
          ) : null}
          <button type="button" className="presentation-button presentation-text-button" onClick={exit}>
            {t('present.exit')}
          </button>
        </div>
      </div>
    </section>
  )
}
