import type { InstitutionSummary } from '@atlas/schema'
import type { AtlasView, MapView } from './atlasView'
import { DEFAULT_MAP_VIEW, FOCUS_ZOOM } from './defaultAtlasView'

/**
 * Where a page opened on a selected institution but on the default view should look instead: at the institution.
 * Such links come from people writing `?sel=i:…` by hand; a link copied from the app names its view and keeps it.
 */
export function arrivalView(atlas: AtlasView, institutions: readonly InstitutionSummary[]): MapView | null {
  const { selection, view } = atlas
  if (selection?.type !== 'institution') return null
  const unchanged = (['lon', 'lat', 'zoom', 'bearing', 'pitch'] as const).every(
    (k) => view[k] === DEFAULT_MAP_VIEW[k],
  )
  if (!unchanged) return null
  const institution = institutions.find((candidate) => candidate.id === selection.id)
  return institution
    ? { ...DEFAULT_MAP_VIEW, lon: institution.lon, lat: institution.lat, zoom: FOCUS_ZOOM }
    : null
}
