import type { Group, InstitutionSummary } from '@atlas/schema'
import type { ExpressionSpecification } from 'maplibre-gl'
import type { Selection } from '../state/atlasView'
import type { MapLink } from './mapLinks'

/** What stays bright while something is selected; everything else is dimmed. */
export interface Highlight {
  /** Over the arcs' properties: the arcs of the selection. */
  arcs: ExpressionSpecification
  /** The same test in JavaScript, for choosing which arcs to draw. */
  includes(arc: MapLink): boolean
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
  const { arcs, includes, own } = selectionArcs(selection, institutions, groups)
  const institutionIds = new Set(own)
  for (const arc of shownLinks) {
    if (!includes(arc)) continue
    institutionIds.add(arc.from)
    institutionIds.add(arc.to)
  }
  return { arcs, includes, institutionIds }
}

/** The selection's arcs, as a layer filter and as a test, and the institutions it holds whatever is shown. */
function selectionArcs(
  selection: NonNullable<Selection>,
  institutions: readonly InstitutionSummary[],
  groups: readonly Group[],
): Pick<Highlight, 'arcs' | 'includes'> & { own: string[] } {
  switch (selection.type) {
    case 'institution': {
      const { id } = selection
      return {
        arcs: ['any', ['==', ['get', 'from'], id], ['==', ['get', 'to'], id]],
        includes: (arc) => arc.from === id || arc.to === id,
        own: [id],
      }
    }
    case 'link': {
      const { id } = selection
      return {
        arcs: ['any', ['==', ['get', 'link'], id], ['==', ['get', 'link2'], id]],
        includes: (arc) => arc.linkId === id || arc.otherLinkId === id,
        own: [],
      }
    }
    case 'country': {
      const { code } = selection
      return {
        arcs: ['any', ['==', ['get', 'fromCountry'], code], ['==', ['get', 'toCountry'], code]],
        includes: (arc) => arc.fromCountry === code || arc.toCountry === code,
        own: institutions.filter((institution) => institution.country === code).map(({ id }) => id),
      }
    }
    case 'group': {
      // The members and the arcs among them: to the seat, or under pairwise every pair.
      const group = groups.find((candidate) => candidate.id === selection.id)
      const members = new Set(
        group ? [group.seatId, ...group.members.map((member) => member.institutionId)] : [],
      )
      return {
        arcs: [
          'all',
          ['in', ['get', 'from'], ['literal', [...members]]],
          ['in', ['get', 'to'], ['literal', [...members]]],
        ],
        includes: (arc) => members.has(arc.from) && members.has(arc.to),
        own: [...members],
      }
    }
  }
}
