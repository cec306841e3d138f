import type { Group, InstitutionSummary } from '@atlas/schema'
import type { ExpressionSpecification } from 'maplibre-gl'
import type { Selection } from '../state/atlasView'
import type { MapLink } from './mapLinks'

/** What stays bright while something is selected; everything else is dimmed. */
export interface Highlight {
  /** Over the arcs' properties: the arcs of the selection. */
  arcs: ExpressionSpecification
  /** The selected institutions and their partners through the shown links. */
  institutionIds: Set<string>
}

export function selectionHighlight(
  selection: Selection,
  shownLinks: readonly MapLink[],
  institutions: readonly InstitutionSummary[],
  groups: readonly Group[],
): Highlight | null {
  if (!selection) return null
  const ends = (arcs: readonly MapLink[]) => new Set(arcs.flatMap((arc) => [arc.from, arc.to]))
  switch (selection.type) {
    case 'institution': {
      const { id } = selection
      const arcs = shownLinks.filter((arc) => arc.from === id || arc.to === id)
      return {
        arcs: ['any', ['==', ['get', 'from'], id], ['==', ['get', 'to'], id]],
        institutionIds: new Set([id, ...ends(arcs)]),
      }
    }
    case 'link': {
      const { id } = selection
      const arcs = shownLinks.filter((arc) => arc.linkId === id || arc.otherLinkId === id)
      return {
        arcs: ['any', ['==', ['get', 'link'], id], ['==', ['get', 'link2'], id]],
        institutionIds: ends(arcs),
      }
    }
    case 'country': {
      const { code } = selection
      const arcs = shownLinks.filter((arc) => arc.fromCountry === code || arc.toCountry === code)
      const own = institutions.filter((institution) => institution.country === code).map(({ id }) => id)
      return {
        arcs: ['any', ['==', ['get', 'fromCountry'], code], ['==', ['get', 'toCountry'], code]],
        institutionIds: new Set([...own, ...ends(arcs)]),
      }
    }
    case 'group': {
      // The members and the arcs among them: to the seat, or under pairwise every pair.
      const group = groups.find((candidate) => candidate.id === selection.id)
      const members = group ? [group.seatId, ...group.members.map((member) => member.institutionId)] : []
      const ids: ExpressionSpecification = ['literal', [...new Set(members)]]
      return {
        arcs: ['all', ['in', ['get', 'from'], ids], ['in', ['get', 'to'], ids]],
        institutionIds: new Set(members),
      }
    }
  }
}
