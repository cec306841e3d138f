import type { CountryCode } from './country'
import type { LinkFilter } from './filter'
import type { LinkKind } from './link'

/** What the filter looks at in a link, whichever form the link has where it is filtered. */
export interface FilterableLink {
  kind: LinkKind
  /** Its own initiatives (see ownInitiatives). */
  ownInitiatives: readonly string[]
  fromCountry: CountryCode
  toCountry: CountryCode
  /** The year it started, if known. */
  year: number | null
  /** The year it ended; null while it goes on (or its end is unknown). */
  endYear: number | null
}

/**
 * The initiatives a link counts under: those it carries that are not a parent (or further ancestor) of another it
 * carries. Initiatives caught in a loop of parents are each other's ancestors and so none is its own, as in SQL.
 */
export function ownInitiatives(
  carried: readonly string[],
  parentOf: ReadonlyMap<string, string | null>,
): string[] {
  const ancestors = new Set<string>()
  for (const id of carried) {
    for (let parent = parentOf.get(id); parent && !ancestors.has(parent); parent = parentOf.get(parent)) {
      ancestors.add(parent)
    }
  }
  return carried.filter((id) => !ancestors.has(id))
}

/** Whether a link matches a filter, as linkFilterSchema's doc comment defines it: the client's implementation. */
export function linkMatchesFilter(link: FilterableLink, filter: LinkFilter): boolean {
  const { initiatives, countries, linkKinds, yearFrom, yearTo } = filter
  if (initiatives !== null && !link.ownInitiatives.some((id) => initiatives.includes(id))) return false
  if (countries !== null && !countries.includes(link.fromCountry) && !countries.includes(link.toCountry)) {
    return false
  }
  if (linkKinds !== null && !linkKinds.includes(link.kind)) return false
  if (yearFrom === null && yearTo === null) return true
  if (link.year === null) return false
  return (
    (yearTo === null || link.year <= yearTo) &&
    (yearFrom === null || link.endYear === null || link.endYear >= yearFrom)
  )
}
