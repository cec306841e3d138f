import type { CountryCode, InstitutionSummary, Link } from '@atlas/schema'
import type { AtlasFilter } from '../state/atlasView'
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

/** Applies an AtlasFilter exactly as its doc comment in state/atlasView.ts defines it. */
export function filterAtlas(
  data: { institutions: readonly InstitutionSummary[]; links: readonly Link[] },
  filter: AtlasFilter,
): FilteredAtlas {
  const countryOf = new Map(data.institutions.map((institution) => [institution.id, institution.country]))
  const initiatives = filter.initiatives && new Set(filter.initiatives)
  const countries = new Set(filter.countries)
  const kinds = filter.linkKinds && new Set(filter.linkKinds)
  const undatedShown = filter.yearFrom === null && filter.yearTo === null

  const links = data.links.filter((link) => {
    if (initiatives && !link.initiatives.some((id) => initiatives.has(id))) return false
    if (kinds && !kinds.has(link.kind)) return false
    if (countries.size > 0 && !endCountries(link, countryOf).some((code) => countries.has(code))) return false
    const year = startYear(link)
    if (year === null) return undatedShown
    return (
      (filter.yearFrom === null || year >= filter.yearFrom) &&
      (filter.yearTo === null || year <= filter.yearTo)
    )
  })

  const linksByInstitution = new Map<string, number>()
  const linksByCountry = new Map<CountryCode, number>()
  for (const link of links) {
    for (const id of new Set([link.fromId, link.toId])) {
      linksByInstitution.set(id, (linksByInstitution.get(id) ?? 0) + 1)
    }
    for (const code of new Set(endCountries(link, countryOf))) {
      linksByCountry.set(code, (linksByCountry.get(code) ?? 0) + 1)
    }
  }

  const linked = new Set(data.links.flatMap((link) => [link.fromId, link.toId]))
  const onlyCountriesActive = filter.initiatives === null && filter.linkKinds === null && undatedShown
  const institutions = data.institutions.filter(
    (institution) =>
      linksByInstitution.has(institution.id) ||
      (!linked.has(institution.id) &&
        onlyCountriesActive &&
        (countries.size === 0 || countries.has(institution.country))),
  )

  return {
    institutions,
    links,
    counts: {
      institutions: institutions.length,
      links: links.length,
      countries: new Set(institutions.map((institution) => institution.country)).size,
    },
    linksByCountry,
    linksByInstitution,
  }
}

function endCountries(link: Link, countryOf: ReadonlyMap<string, CountryCode>): CountryCode[] {
  return [countryOf.get(link.fromId), countryOf.get(link.toId)].filter((code) => code !== undefined)
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
