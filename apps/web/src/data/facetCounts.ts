import { type CountryCode, type LinkFilter, type LinkKind, linkMatchesFilter } from '@atlas/schema'
import type { FilterLink } from './filterAtlas'

/**
 * The counts beside each choice of the filter panel: how many links would show with that choice ticked, under
 * the other parts of the filter as they are (faceted counts), so ticking Poland changes the initiatives' counts.
 */
export interface FacetCounts {
  /** Per initiative: its links and those of the initiatives that are part of it, as its row ticks them all. */
  initiatives: Map<string, number>
  /** Per country: the links with an end there. */
  countries: Map<CountryCode, number>
  linkKinds: Map<LinkKind, number>
}

export function facetCounts(links: readonly FilterLink[], filter: LinkFilter): FacetCounts {
  const tally = <K>(without: Partial<LinkFilter>, keysOf: (link: FilterLink) => Iterable<K>) => {
    const counts = new Map<K, number>()
    const others = { ...filter, ...without }
    for (const link of links) {
      if (!linkMatchesFilter(link, others)) continue
      for (const key of keysOf(link)) counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return counts
  }
  return {
    initiatives: tally({ initiatives: null }, (link) => link.initiativeRows),
    countries: tally({ countries: null }, (link) =>
      link.toCountry === link.fromCountry ? [link.fromCountry] : [link.fromCountry, link.toCountry],
    ),
    linkKinds: tally({ linkKinds: null }, (link) => [link.kind]),
  }
}
