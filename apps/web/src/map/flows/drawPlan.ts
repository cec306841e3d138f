import type { Position } from '@atlas/geo'
import type { InstitutionSummary } from '@atlas/schema'
import type { MapLink } from '../mapLinks'
import { type Aggregation, aggregateFlows } from './aggregateFlows'
import { type Band, bandAt, type Places, placesAt } from './places'
import { inView, type Viewport } from './viewport'

/**
 * The most arcs drawn one by one: more cannot be read apart, and in software WebGL they cost seconds to cut into
 * tiles (shared/notes/map-scale.md). Beyond it the map draws flows.
 */
export const DETAIL_LIMIT = 1500

/** What the map draws of the links: arcs one by one, and flows where there are too many to tell apart. */
export type DrawPlan =
  /** Every arc, the filter applied by the layers: for data as small as the seeds, at every zoom. */
  | { kind: 'all' }
  /** The shown arcs with an end in view, few enough to draw one by one, and the selection's. */
  | { kind: 'inView'; arcs: readonly MapLink[] }
  /** Too many shown arcs in view: flows between the band's places, and the selection's arcs over them. */
  | { kind: 'flows'; band: Band; places: Places; aggregation: Aggregation; arcs: readonly MapLink[] }

/**
 * Chooses how to draw: every arc while the data holds no more than DETAIL_LIMIT of them; else the shown arcs in view
 * when they are few enough; else flows, between countries at low zoom (all shown links, so panning changes
 * nothing) and between cells of a grid closer in (the links with an end in view). The shown arcs of the selection
 * (`selected`) are drawn one by one wherever they are, up to DETAIL_LIMIT of them.
 */
export function drawPlan(
  allArcs: readonly MapLink[],
  shownArcs: readonly MapLink[],
  viewport: Viewport | null,
  institutions: readonly InstitutionSummary[],
  positions: ReadonlyMap<string, Position>,
  selected: ((arc: MapLink) => boolean) | null = null,
): DrawPlan {
  if (allArcs.length <= DETAIL_LIMIT) return { kind: 'all' }
  const selectedArcs = selected ? shownArcs.filter(selected).slice(0, DETAIL_LIMIT) : []
  const visible = viewport ? shownArcs.filter((arc) => endInView(arc, viewport, positions)) : shownArcs
  if (visible.length <= DETAIL_LIMIT) {
    const inView = new Set(visible)
    return { kind: 'inView', arcs: [...visible, ...selectedArcs.filter((arc) => !inView.has(arc))] }
  }
  const band = bandAt(viewport?.zoom ?? 0)
  const places = placesAt(band, institutions, positions)
  const aggregation = aggregateFlows(band.kind === 'country' ? shownArcs : visible, places.of)
  return { kind: 'flows', band, places, aggregation, arcs: selectedArcs }
}

function endInView(arc: MapLink, viewport: Viewport, positions: ReadonlyMap<string, Position>): boolean {
  const from = positions.get(arc.from)
  const to = positions.get(arc.to)
  return (from !== undefined && inView(viewport, from)) || (to !== undefined && inView(viewport, to))
}
