import type { ExpressionSpecification } from 'maplibre-gl'
import type { AtlasFilter } from '../state/atlasView'
import type { MapLink } from './mapLinks'

/**
 * The filter of atlasView.ts, twice: as a MapLibre expression over the arcs' properties, so that a change of
 * filter redraws the arcs without rebuilding their source, and as a plain predicate for what has to be known
 * before drawing (which institutions are shown, how many links each has). The tests hold the two to the same cases.
 */

/** The arc property that is true when the arc belongs to the initiative (`in:belt-and-road`). */
export function initiativeFlag(initiativeId: string): string {
  return `in:${initiativeId}`
}

export function linkFilterExpression(filter: AtlasFilter): ExpressionSpecification {
  const parts: ExpressionSpecification[] = []
  if (filter.initiatives !== null) {
    parts.push([
      'any',
      ...filter.initiatives.map((id): ExpressionSpecification => ['has', initiativeFlag(id)]),
    ])
  }
  if (filter.countries.length > 0) {
    const countries: ExpressionSpecification = ['literal', filter.countries]
    parts.push(['any', ['in', ['get', 'fromCountry'], countries], ['in', ['get', 'toCountry'], countries]])
  }
  if (filter.linkKinds !== null) parts.push(['in', ['get', 'kind'], ['literal', filter.linkKinds]])
  if (filter.yearFrom !== null || filter.yearTo !== null) {
    parts.push(['has', 'year'])
    if (filter.yearFrom !== null) parts.push(['>=', ['get', 'year'], filter.yearFrom])
    if (filter.yearTo !== null) parts.push(['<=', ['get', 'year'], filter.yearTo])
  }
  return ['all', ...parts]
}

export function isLinkShown(link: MapLink, filter: AtlasFilter): boolean {
  if (filter.initiatives !== null && !link.initiatives.some((id) => filter.initiatives?.includes(id)))
    return false
  if (
    filter.countries.length > 0 &&
    !filter.countries.includes(link.fromCountry) &&
    !filter.countries.includes(link.toCountry)
  ) {
    return false
  }
  if (filter.linkKinds !== null && !filter.linkKinds.includes(link.kind)) return false
  if (filter.yearFrom === null && filter.yearTo === null) return true
  if (link.year === null) return false
  return (filter.yearFrom ?? link.year) <= link.year && link.year <= (filter.yearTo ?? link.year)
}

/** Whether only the country part of the filter is set, the one case in which institutions without links show. */
export function onlyCountriesFiltered(filter: AtlasFilter): boolean {
  return (
    filter.initiatives === null &&
    filter.linkKinds === null &&
    filter.yearFrom === null &&
    filter.yearTo === null
  )
}
