import type { LinkFilter } from '@atlas/schema'
import type { ExpressionSpecification } from 'maplibre-gl'

/**
 * The map's implementation of the shared link filter (@atlas/schema's linkFilterSchema): a MapLibre expression
 * over the arcs' properties (features.ts), so that a change of filter redraws the arcs without rebuilding their
 * source. Its test evaluates it with the style spec's featureFilter against the shared cases.
 */

/** The arc property that is true when the arc counts under the initiative (`in:sino-polish-consortium`). */
export function initiativeFlag(initiativeId: string): string {
  return `in:${initiativeId}`
}

export function linkFilterExpression(filter: LinkFilter): ExpressionSpecification {
  const parts: ExpressionSpecification[] = []
  if (filter.initiatives !== null) {
    parts.push([
      'any',
      ...filter.initiatives.map((id): ExpressionSpecification => ['has', initiativeFlag(id)]),
    ])
  }
  if (filter.countries !== null) {
    const countries: ExpressionSpecification = ['literal', filter.countries]
    parts.push(['any', ['in', ['get', 'fromCountry'], countries], ['in', ['get', 'toCountry'], countries]])
  }
  if (filter.linkKinds !== null) parts.push(['in', ['get', 'kind'], ['literal', filter.linkKinds]])
  if (filter.yearFrom !== null || filter.yearTo !== null) {
    parts.push(['has', 'year'])
    if (filter.yearTo !== null) parts.push(['<=', ['get', 'year'], filter.yearTo])
    if (filter.yearFrom !== null) {
      parts.push(['any', ['!', ['has', 'endYear']], ['>=', ['get', 'endYear'], filter.yearFrom]])
    }
  }
  return ['all', ...parts]
}
