import type { CountryCode, Group, InstitutionSummary } from '@atlas/schema'
import { useCallback, useEffect, useState } from 'react'
import type { DetailsActions } from '../panels/DetailsActions'
import type { Size } from '../present/frame'
import { fitInstitutions } from '../state/arrivalView'
import type { Selection } from '../state/atlasView'
import { FOCUS_ZOOM } from '../state/defaultAtlasView'
import type { UrlStore } from '../state/urlStore'

interface Known {
  institutions: readonly InstitutionSummary[]
  groups: readonly Group[]
  /** The map's size now, to fit a group's members in. */
  mapSize(): Size
}

/**
 * What the dashboard's panels (search, table, details) do to the view, and `focusRequest`, which changes when the
 * details panel should take the focus: after a choice made in the panels, not on the map.
 */
export function useDetailsActions(
  update: UrlStore['update'],
  known: Known | null,
): DetailsActions & { focusRequest: number } {
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
  const [groupToFit, setGroupToFit] = useState<{ id: string } | null>(null)
  const onChooseGroup = useCallback(
    (id: string) => {
      update({ selection: { type: 'group', id } })
      setGroupToFit({ id })
      setFocusRequest((count) => count + 1)
    },
    [update],
  )
  // Fitted once the page has laid out with the group's page open, which takes its share of the screen.
  useEffect(() => {
    if (!groupToFit || !known) return
    const frame = requestAnimationFrame(() => {
      const view = groupView(groupToFit.id, known)
      if (view) update({ view }, { history: 'replace' })
      setGroupToFit(null)
    })
    return () => cancelAnimationFrame(frame)
  }, [groupToFit, known, update])
  const onFilterToCountry = useCallback(
    (code: CountryCode) => update((current) => ({ filter: { ...current.filter, countries: [code] } })),
    [update],
  )
  return { focusRequest, onChooseInstitution, onChooseGroup, onSelect, onFilterToCountry }
}

/** The view that shows a group's seat and members in the map as it is now; null without them or a map. */
function groupView(id: string, known: Known) {
  const group = known.groups.find((candidate) => candidate.id === id)
  if (!group) return null
  const ids = new Set([group.seatId, ...group.members.map((member) => member.institutionId)])
  return fitInstitutions(
    known.institutions.filter((institution) => ids.has(institution.id)),
    known.mapSize(),
  )
}
