import { LINK_KINDS, type Link, type LinkKind } from '@atlas/schema'

/** The kinds of link present in the data, in the vocabulary's order, with how many links each has. */
export function linkKindCounts(links: readonly Link[]): { kind: LinkKind; count: number }[] {
  const counts = new Map<LinkKind, number>()
  for (const link of links) counts.set(link.kind, (counts.get(link.kind) ?? 0) + 1)
  return LINK_KINDS.flatMap((kind) => {
    const count = counts.get(kind)
    return count ? [{ kind, count }] : []
  })
}
