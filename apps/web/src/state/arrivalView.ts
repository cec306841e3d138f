import type { Position } from '@atlas/geo'
import type { InstitutionSummary } from '@atlas/schema'
import { frameView, type Size } from '../present/frame'
import type { AtlasView, MapView } from './atlasView'
import { DEFAULT_MAP_VIEW, FOCUS_ZOOM } from './defaultAtlasView'

/** Pixels kept between the institutions a first view fits and the map's edges, so that their dots show whole. */
export const ARRIVAL_MARGIN = 24

/**
 * Where a page that names no view should look once the data is there: at the selected institution, for a link
 * written by hand as `?sel=i:…`; otherwise at all the institutions the filter shows, fitted to the map's `size`, so
 * that the first view shows the data on a phone as on a wall. A link copied from the app names its view (the default
 * view is never written, so an unchanged view is one the URL does not name) and keeps it: null.
 */
export function arrivalView(
  atlas: AtlasView,
  institutions: readonly InstitutionSummary[],
  shown: readonly InstitutionSummary[],
  size: Size,
): MapView | null {
  const { selection, view } = atlas
  const unchanged = (['lon', 'lat', 'zoom', 'bearing', 'pitch'] as const).every(
    (k) => view[k] === DEFAULT_MAP_VIEW[k],
  )
  if (!unchanged) return null
  if (selection?.type === 'institution') {
    const institution = institutions.find((candidate) => candidate.id === selection.id)
    if (institution)
      return { ...DEFAULT_MAP_VIEW, lon: institution.lon, lat: institution.lat, zoom: FOCUS_ZOOM }
  }
  return fitInstitutions(shown, size)
}

/** The view that shows these institutions as large as they fit in a map of `size`; null without any or a size. */
export function fitInstitutions(institutions: readonly InstitutionSummary[], size: Size): MapView | null {
  // Before the map has a size, nothing can be fitted to it.
  if (size.width <= 0 || size.height <= 0) return null
  const points = institutions.map((institution): Position => [institution.lon, institution.lat])
  return frameView(points, size, [], { maxZoom: FOCUS_ZOOM, margin: ARRIVAL_MARGIN })?.view ?? null
}
