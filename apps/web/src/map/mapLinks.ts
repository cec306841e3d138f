import {
  type FilterableLink,
  type Group,
  type InitiativeWithCounts,
  type InstitutionSummary,
  type Link,
  ownInitiatives,
} from '@atlas/schema'

/** One arc on the map: a link, or under options.pairwise a pair of members of a group. */
export interface MapLink extends FilterableLink {
  /** Unique among the arcs. */
  id: string
  /** The link that clicking the arc selects. */
  linkId: string
  /** A pairwise arc stands for the memberships of both its ends: the other one, if any. */
  otherLinkId: string | null
  from: string
  to: string
  /** Its initiatives, the most specific first (a consortium before the initiative it is part of), for colour. */
  initiatives: string[]
}

/**
 * The arcs to draw. Links of a group join each member to the group's seat; with `pairwise`, those are replaced by
 * an arc between every two of the group's institutions (seat included), dated from when the later of the two
 * joined to when the first left. Links whose institutions are unknown are left out.
 */
export function mapLinks(
  links: readonly Link[],
  groups: readonly Group[],
  institutions: readonly InstitutionSummary[],
  initiatives: readonly InitiativeWithCounts[],
  pairwise: boolean,
): MapLink[] {
  const byId = new Map(institutions.map((institution) => [institution.id, institution]))
  const parentOf = new Map(initiatives.map((initiative) => [initiative.id, initiative.parentId]))
  const order = initiativeOrder(parentOf)
  const groupIds = new Set(groups.map((group) => group.id))
  const arcs: MapLink[] = []
  for (const link of links) {
    if (pairwise && link.groupId && groupIds.has(link.groupId)) continue
    const from = byId.get(link.fromId)
    const to = byId.get(link.toId)
    if (!from || !to) continue
    arcs.push({
      id: link.id,
      linkId: link.id,
      otherLinkId: null,
      from: from.id,
      to: to.id,
      fromCountry: from.country,
      toCountry: to.country,
      kind: link.kind,
      year: yearOf(link.startDate),
      endYear: yearOf(link.endDate),
      initiatives: order(link.initiatives),
      ownInitiatives: ownInitiatives(link.initiatives, parentOf),
    })
  }
  if (pairwise) for (const group of groups) arcs.push(...pairArcs(group, links, byId, parentOf, order))
  return arcs
}

function pairArcs(
  group: Group,
  links: readonly Link[],
  byId: ReadonlyMap<string, InstitutionSummary>,
  parentOf: ReadonlyMap<string, string | null>,
  order: (ids: readonly string[]) => string[],
): MapLink[] {
  const own = ownInitiatives(group.initiatives, parentOf)
  const membership = new Map<string, Link>()
  for (const link of links) {
    if (link.groupId !== group.id) continue
    membership.set(link.fromId === group.seatId ? link.toId : link.fromId, link)
  }
  const ids = [group.seatId, ...group.members.map((member) => member.institutionId)]
  const members = [...new Set(ids)].flatMap((id) => byId.get(id) ?? [])
  const arcs: MapLink[] = []
  members.forEach((a, i) => {
    for (const b of members.slice(i + 1)) {
      const linkA = membership.get(a.id)
      const linkB = membership.get(b.id)
      const linkId = linkA?.id ?? linkB?.id
      if (!linkId) continue
      const years = [linkA, linkB].flatMap((link) => yearOf(link?.startDate ?? null) ?? [])
      arcs.push({
        id: `${group.id}|${a.id}|${b.id}`,
        linkId,
        otherLinkId: linkA && linkB ? linkB.id : null,
        from: a.id,
        to: b.id,
        fromCountry: a.country,
        toCountry: b.country,
        kind: group.linkKind,
        year: years.length > 0 ? Math.max(...years) : yearOf(group.foundedDate),
        endYear: pairEnd(linkA, linkB),
        initiatives: order(group.initiatives),
        ownInitiatives: own,
      })
    }
  })
  return arcs
}

/** A pair is together until the first of the two leaves; null while both stay. */
function pairEnd(a: Link | undefined, b: Link | undefined): number | null {
  const ends = [a, b].flatMap((link) => yearOf(link?.endDate ?? null) ?? [])
  return ends.length > 0 ? Math.min(...ends) : null
}

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null
}

/** Sorts initiative ids deepest first (a child before its parent), otherwise in the order they are listed. */
function initiativeOrder(parentOf: ReadonlyMap<string, string | null>): (ids: readonly string[]) => string[] {
  const depth = (id: string): number => {
    let d = 0
    const seen = new Set<string>()
    for (let parent = parentOf.get(id); parent && !seen.has(parent); parent = parentOf.get(parent)) {
      seen.add(parent)
      d++
    }
    return d
  }
  return (ids) => [...ids].sort((a, b) => depth(b) - depth(a))
}
