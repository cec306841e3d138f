import type { ExpressionSpecification } from 'maplibre-gl'
import { scalePaintNumber } from '../../theme/projectorTheme'

/** What the layers of each kind share: how dimmed things fade, how sizes grow, and the expressions they repeat. */

/** How much of their colour dimmed things keep while something is selected. */
export const DIM = { arc: 0.1, point: 0.3, label: 0.35 }

type PaintNumber = number | ExpressionSpecification
/** A size as the theme draws it: multiplied by `factor` in the projector theme, as it is otherwise. */
export type Grow = <T extends PaintNumber>(value: T, factor: number) => T

export function grower(projector: boolean): Grow {
  // scalePaintNumber keeps the kind of what it is given: a number stays a number, an expression an expression.
  return (value, factor) => (projector ? (scalePaintNumber(value, factor) as typeof value) : value)
}

/** A width (or offset) that grows as one zooms in, from itself at zoom 2 to half as much again at zoom 8. */
export function byZoom(value: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 2, value, 8, ['*', 1.5, value]]
}

/** `property`'s value looked up in `values`, else `fallback` (alone when there is nothing to look up: a match needs a pair). */
export function match(
  property: string,
  values: Readonly<Record<string, string | number>>,
  fallback: string | number,
): ExpressionSpecification {
  const [first, ...rest] = Object.entries(values)
  if (!first) return ['literal', fallback]
  return ['match', ['get', property], ...first, ...rest.flat(), fallback]
}

/** Institutions drawn one by one: not a cluster of them. */
export const UNCLUSTERED: ExpressionSpecification = ['!', ['has', 'point_count']]
