import type { InitiativeWithCounts, Link } from '@atlas/schema'

export interface LinkGroup {
  /** The initiatives these links belong to together, in the order the data lists initiatives. */
  initiatives: InitiativeWithCounts[]
  links: Link[]
}

/**
 * Groups links by the set of initiatives they belong to, so a link under two initiatives (a consortium under Belt
 * and Road) is listed once, under both names.
 */
export function groupLinksByInitiatives(
  links: readonly Link[],
  initiatives: readonly InitiativeWithCounts[],
): LinkGroup[] {
  const position = new Map(initiatives.map((initiative, index) => [initiative.id, index]))
  const groups = new Map<string, LinkGroup>()
  for (const link of links) {
    const own = initiatives.filter((initiative) => link.initiatives.includes(initiative.id))
    const key = own.map((initiative) => initiative.id).join(',')
    const group = groups.get(key) ?? { initiatives: own, links: [] }
    group.links.push(link)
    groups.set(key, group)
  }
  const rank = (group: LinkGroup) =>
    group.initiatives[0] ? (position.get(group.initiatives[0].id) ?? 0) : Infinity
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.initiatives.length - b.initiatives.length)
}
