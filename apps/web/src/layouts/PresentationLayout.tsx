import { TourPresentation } from '../present/TourPresentation'
import type { TourLocation } from '../state/urlState'
import type { UrlStore } from '../state/urlStore'
import { AtlasFrame, type MapStage } from './AtlasFrame'

interface Props {
  stage: MapStage
  /** The tour the URL presents. */
  tour: TourLocation
  /** Changes the atlas view, to show each stop. */
  update: UrlStore['update']
  onStopChange: UrlStore['showStop']
  onExit: UrlStore['endTour']
  /** Opens the share dialog with the image titled as the stop on screen. */
  onShare(imageTitle: string): void
  /** How many pixels at the bottom of the window the caption covers, for the map to keep each stop above it. */
  onCaptionCover(pixels: number): void
}

/** A tour presented over the map alone, for a room or a booth: no header, search or panels. */
export function PresentationLayout({
  stage,
  tour,
  update,
  onStopChange,
  onExit,
  onShare,
  onCaptionCover,
}: Props) {
  return (
    <AtlasFrame
      {...stage}
      layout="presentation"
      after={
        <TourPresentation
          tourId={tour.tourId}
          kiosk={tour.kiosk}
          initialStop={tour.stopIndex}
          dwellMs={tour.timing.dwellMs}
          idleMs={tour.timing.idleMs}
          onApply={(stopView) => update(stopView, { history: 'replace' })}
          onStopChange={onStopChange}
          onExit={onExit}
          onShare={(stop) => onShare(stop.title)}
          onCaptionCover={onCaptionCover}
        />
      }
    />
  )
}
