import {
  type CountryCode,
  type FilterableLink,
  type Initiative,
  type InstitutionSummary,
  type Link,
  type LinkFilter,
  linkMatchesFilter,
  ownInitiatives,
} from '@atlas/schema'
import type { YearDomain } from '../state/filterEdits'

export interface AtlasCounts {
  institutions: number
  links: number
  countries: number
}

/** What a filter leaves on screen, and the tallies the panels show of it. */
export interface FilteredAtlas {
  institutions: InstitutionSummary[]
  links: Link[]
  counts: AtlasCounts
  /** Shown links touching each country (a link within one country counts once), for the choropleth. */
  linksByCountry: Map<CountryCode, number>
  /** Shown links at each institution. */
  linksByInstitution: Map<string, number>
}

/** A link with what the filter looks at, worked out once per data set rather than on every change of filter. */
export interface FilterLink extends FilterableLink {
  link: Link
  /** The initiatives whose rows in the filter panel count it: its own and every one they are part of. */
  initiativeRows: readonly string[]
  /** Where its two ends are in the atlas's institutions (FilterableAtlas), to count them by position. */
  fromIndex: number
  toIndex: number
}

/** The data as the filter reads it, worked out once per data set rather than on every change of filter. */
export interface FilterableAtlas {
  institutions: readonly InstitutionSummary[]
  /** The data's links, less those whose institutions are unknown. */
  links: FilterLink[]
  /**
   * By position in `institutions`, 1 for one at no end of those links: such an institution shows only under a
   * filter of countries alone (unlinkedShown).
   */
  unlinked: Uint8Array
}

/** Works out, once per data set, what filterAtlas reads on every change of filter. */
export function filterableAtlas(data: {
  institutions: readonly InstitutionSummary[]
  links: readonly Link[]
  initiatives: readonly Pick<Initiative, 'id' | 'parentId'>[]
}): FilterableAtlas {
  const indexOf = new Map(data.institutions.map((institution, index) => [institution.id, index]))
  const parentOf = new Map(data.initiatives.map((initiative) => [initiative.id, initiative.parentId]))
  const links = data.links.flatMap((link): FilterLink[] => {
    const fromIndex = indexOf.get(link.fromId)
    const toIndex = indexOf.get(link.toId)
    const fromCountry = fromIndex === undefined ? undefined : data.institutions[fromIndex]?.country
    const toCountry = toIndex === undefined ? undefined : data.institutions[toIndex]?.country
    if (fromIndex === undefined || toIndex === undefined || !fromCountry || !toCountry) return []
    const own = ownInitiatives(link.initiatives, parentOf)
    return [
      {
        link,
        kind: link.kind,
        ownInitiatives: own,
        initiativeRows: withAncestors(own, parentOf),
        fromCountry,
        toCountry,
        fromIndex,
        toIndex,
        year: startYear(link),
        endYear: link.endDate ? Number(link.endDate.slice(0, 4)) : null,
      },
    ]
  })
  const unlinked = new Uint8Array(data.institutions.length).fill(1)
  for (const { fromIndex, toIndex } of links) {
    unlinked[fromIndex] = 0
    unlinked[toIndex] = 0
  }
  return { institutions: data.institutions, links, unlinked }
}

/** Applies the shared link filter (@atlas/schema's linkMatchesFilter), and works out what it leaves shown. */
export function filterAtlas(
  { institutions, links, unlinked }: FilterableAtlas,
  filter: LinkFilter,
): FilteredAtlas {
  const shown = links.filter((link) => linkMatchesFilter(link, filter))
  // Counted by position and without a set per link: at 100,000 links this runs on every change of filter.
  const byPosition = new Uint32Array(institutions.length)
  const linksByCountry = new Map<CountryCode, number>()
  for (const { fromIndex, toIndex, fromCountry, toCountry } of shown) {
    byPosition[fromIndex] = (byPosition[fromIndex] ?? 0) + 1
    if (toIndex !== fromIndex) byPosition[toIndex] = (byPosition[toIndex] ?? 0) + 1
    linksByCountry.set(fromCountry, (linksByCountry.get(fromCountry) ?? 0) + 1)
    if (toCountry !== fromCountry) linksByCountry.set(toCountry, (linksByCountry.get(toCountry) ?? 0) + 1)
  }
  const linksByInstitution = new Map<string, number>()
  institutions.forEach((institution, index) => {
    const count = byPosition[index] ?? 0
    if (count > 0) linksByInstitution.set(institution.id, count)
  })

  const shownInstitutions = institutions.filter(
    (institution, index) =>
      (byPosition[index] ?? 0) > 0 || (unlinked[index] === 1 && unlinkedShown(institution.country, filter)),
  )

  return {
    institutions: shownInstitutions,
    links: shown.map(({ link }) => link),
    counts: {
      institutions: shownInstitutions.length,
      links: shown.length,
      countries: new Set(shownInstitutions.map((institution) => institution.country)).size,
    },
    linksByCountry,
    linksByInstitution,
  }
}

/**
 * Whether an institution without any link shows: only while no part of the filter but the countries is set, and
 * then when its country is listed or no country list is set.
 */
export function unlinkedShown(country: CountryCode, filter: LinkFilter): boolean {
  return (
    filter.initiatives === null &&
    filter.linkKinds === null &&
    filter.yearFrom === null &&
    filter.yearTo === null &&
    (filter.countries === null || filter.countries.includes(country))
  )
}

function withAncestors(ids: readonly string[], parentOf: ReadonlyMap<string, string | null>): string[] {
  const all = new Set<string>()
  for (const id of ids) {
    for (let at: string | null | undefined = id; at && !all.has(at); at = parentOf.get(at)) all.add(at)
  }
  return [...all]
}

function startYear(link: Link): number | null {
  return link.startDate ? Number(link.startDate.slice(0, 4)) : null
}

/** The years the year filter spans: from the earliest start in the data to the current year. */
export function yearDomain(links: readonly Link[], now: Date = new Date()): YearDomain {
  const to = now.getFullYear()
  let from = to
  for (const link of links) {
    const year = startYear(link)
    if (year !== null && year < from) from = year
  }
  return { from, to }
}
