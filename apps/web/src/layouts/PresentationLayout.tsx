import { useState } from 'react'
import type { FilterableAtlas } from '../data/filterAtlas'
import type { Insets } from '../map/useView'
import { TourPresentation } from '../present/TourPresentation'
import { returnToTourOrigin } from '../present/tourOrigin'
import type { AtlasView } from '../state/atlasView'
import type { TourLocation } from '../state/urlState'
import type { UrlStore } from '../state/urlStore'
import { AtlasFrame, type MapStage } from './AtlasFrame'

interface Props {
  stage: MapStage
  /** The data as the filter reads it (filterableAtlas), null while the data loads. */
  filterable: FilterableAtlas | null
  /** The atlas as the URL has it: as the tour starts, what leaving the tour restores. */
  atlas: AtlasView
  /** The tour the URL presents. */
  tour: TourLocation
  /** Changes the atlas view, to show each stop. */
  update: UrlStore['update']
  onStopChange: UrlStore['showStop']
  onExit: UrlStore['endTour']
  /** Opens the share dialog with the image titled as the stop on screen. */
  onShare(imageTitle: string): void
  /** How much of each side of the map the caption and the controls cover, for the map to frame each stop clear of them. */
  onCover(padding: Insets): void
}

/**
 * A tour presented over the map alone, for a room or a booth: no header, search or panels. Leaving it puts back the
 * atlas as it was before (filters, selection, view: the whole URL), as closing slides returns to the document.
 */
export function PresentationLayout({
  stage,
  filterable,
  atlas,
  tour,
  update,
  onStopChange,
  onExit,
  onShare,
  onCover,
}: Props) {
  const [before] = useState(atlas)
  const exit = () => {
    update(before, { history: 'replace' })
    onExit()
    returnToTourOrigin()
  }

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
          subjects={filterable}
          onApply={(stopView, padding) => {
            update(stopView, { history: 'replace' })
            onCover(padding)
          }}
          onStopChange={onStopChange}
          onExit={exit}
          onShare={(stop) => onShare(stop.title)}
        />
      }
    />
  )
}
