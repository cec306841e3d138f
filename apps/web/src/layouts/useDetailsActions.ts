import type { CountryCode, InstitutionSummary } from '@atlas/schema'
import { useCallback, useState } from 'react'
import type { DetailsActions } from '../panels/DetailsActions'
import type { Selection } from '../state/atlasView'
import { FOCUS_ZOOM } from '../state/defaultAtlasView'
import type { UrlStore } from '../state/urlStore'

/**
 * What the dashboard's panels (search, table, details) do to the view, and `focusRequest`, which changes when the
 * details panel should take the focus: after a choice made in the panels, not on the map.
 */
export function useDetailsActions(update: UrlStore['update']): DetailsActions & { focusRequest: number } {
  const [focusRequest, setFocusRequest] = useState(0)
  const onChooseInstitution = useCallback(
    (institution: InstitutionSummary) => {
      update((current) => ({
        selection: { type: 'institution', id: institution.id },
        view: { ...current.view, lon: institution.lon, lat: institution.lat, zoom: FOCUS_ZOOM },
      }))
      setFocusRequest((count) => count + 1)
    },
    [update],
  )
  const onSelect = useCallback(
    (selection: Selection) => {
      update({ selection })
      setFocusRequest((count) => count + 1)
    },
    [update],
  )
  const onFilterToCountry = useCallback(
    (code: CountryCode) => update((current) => ({ filter: { ...current.filter, countries: [code] } })),
    [update],
  )
  return { focusRequest, onChooseInstitution, onSelect, onFilterToCountry }
}
