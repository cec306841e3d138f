import type { TourStop } from '@atlas/schema'
import type { AtlasView } from '../state/atlasView'

/** The parts of the AtlasView that a tour stop sets; theme and drawing options stay the audience's. */
export type StopView = Pick<AtlasView, 'filter' | 'selection' | 'view'>

/** A tour stop as the view it shows, copied so that changing the view never changes the loaded tour. */
export function stopToView(stop: TourStop): StopView {
  const { filter, selection, view } = stop
  return {
    filter: {
      initiatives: filter.initiatives && [...filter.initiatives],
      countries: filter.countries && [...filter.countries],
      linkKinds: filter.linkKinds && [...filter.linkKinds],
      yearFrom: filter.yearFrom,
      yearTo: filter.yearTo,
    },
    selection: selection && { ...selection },
    view: { lon: view.lon, lat: view.lat, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch },
  }
}
