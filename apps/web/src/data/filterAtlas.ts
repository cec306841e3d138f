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
}

/** The data's links as the filter reads them. Links whose institutions are unknown are left out. */
export function filterLinks(data: {
  institutions: readonly InstitutionSummary[]
  links: readonly Link[]
  initiatives: readonly Pick<Initiative, 'id' | 'parentId'>[]
}): FilterLink[] {
  const countryOf = new Map(data.institutions.map((institution) => [institution.id, institution.country]))
  const parentOf = new Map(data.initiatives.map((initiative) => [initiative.id, initiative.parentId]))
  return data.links.flatMap((link) => {
    const fromCountry = countryOf.get(link.fromId)
    const toCountry = countryOf.get(link.toId)
    if (!fromCountry || !toCountry) return []
    const own = ownInitiatives(link.initiatives, parentOf)
    return [
      {
        link,
        kind: link.kind,
        ownInitiatives: own,
        initiativeRows: withAncestors(own, parentOf),
        fromCountry,
        toCountry,
        year: startYear(link),
        endYear: link.endDate ? Number(link.endDate.slice(0, 4)) : null,
      },
    ]
  })
}

/** Applies the shared link filter (@atlas/schema's linkMatchesFilter), and works out what it leaves shown. */
export function filterAtlas(
  institutions: readonly InstitutionSummary[],
  links: readonly FilterLink[],
  filter: LinkFilter,
): FilteredAtlas {
  const shown = links.filter((link) => linkMatchesFilter(link, filter))
  const linksByInstitution = new Map<string, number>()
  const linksByCountry = new Map<CountryCode, number>()
  for (const { link, fromCountry, toCountry } of shown) {
    for (const id of new Set([link.fromId, link.toId])) {
      linksByInstitution.set(id, (linksByInstitution.get(id) ?? 0) + 1)
    }
    for (const code of new Set([fromCountry, toCountry])) {
      linksByCountry.set(code, (linksByCountry.get(code) ?? 0) + 1)
    }
  }

  const linked = new Set(links.flatMap(({ link }) => [link.fromId, link.toId]))
  const shownInstitutions = institutions.filter(
    (institution) =>
      linksByInstitution.has(institution.id) ||
      (!linked.has(institution.id) && unlinkedShown(institution.country, filter)),
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
