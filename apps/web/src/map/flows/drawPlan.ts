import type { Position } from '@atlas/geo'
import type { MapLink } from '../mapLinks'
import { type Aggregation, aggregateFlows, type Flow } from './aggregateFlows'
import { type Band, type BandPlaces, bandAt, type Places } from './places'
import { inView, type Viewport } from './viewport'

/**
 * The most arcs drawn one by one: more cannot be read apart, and in software WebGL they cost seconds to cut into
 * tiles (shared/notes/map-scale.md). Beyond it the map draws flows.
 */
export const DETAIL_LIMIT = 1500

/**
 * The most flows drawn: the largest. Thousands of faint hairlines between a hundred and more countries read as fog
 * over the flows that matter; the rest are counted (drawnSummary) and drawn as one zooms in.
 */
export const MAX_DRAWN_FLOWS = 400

/** What the map draws of the links: arcs one by one, and flows where there are too many to tell apart. */
export type DrawPlan =
  /** Every arc, the filter applied by the layers: for data as small as the seeds, at every zoom. */
  | { kind: 'all' }
  /** The shown arcs with an end in view, few enough to draw one by one, and the selection's. */
  | { kind: 'inView'; arcs: readonly MapLink[] }
  /**
   * Too many shown arcs in view: flows between the band's places (`drawn`: the largest of them, largest first),
   * and the selection's arcs over them.
   */
  | {
      kind: 'flows'
      band: Band
      places: Places
      aggregation: Aggregation
      drawn: Flow[]
      arcs: readonly MapLink[]
    }

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
  placesOf: BandPlaces,
  positions: ReadonlyMap<string, Position>,
  selected: ((arc: MapLink) => boolean) | null = null,
): DrawPlan {
  if (allArcs.length <= DETAIL_LIMIT) return { kind: 'all' }
  const selectedArcs = selected ? shownArcs.filter(selected).slice(0, DETAIL_LIMIT) : []
  const band = bandAt(viewport?.zoom ?? 0)
  // Between countries every shown link is counted, so the arcs in view are only counted as far as the limit.
  const visible = viewport
    ? arcsInView(shownArcs, viewport, positions, band.kind === 'country' ? DETAIL_LIMIT + 1 : Infinity)
    : shownArcs
  if (visible.length <= DETAIL_LIMIT) {
    const inView = new Set(visible)
    return { kind: 'inView', arcs: [...visible, ...selectedArcs.filter((arc) => !inView.has(arc))] }
  }
  const places = placesOf(band)
  const aggregation = aggregateFlows(band.kind === 'country' ? shownArcs : visible, places)
  const drawn = largestFlows(aggregation.flows, MAX_DRAWN_FLOWS)
  return { kind: 'flows', band, places, aggregation, drawn, arcs: selectedArcs }
}

/**
 * The `most` largest flows, largest first and the lesser id first among as large. There may be tens of thousands
 * of flows, so their counts alone are sorted to find the least count drawn, and only the flows as large are sorted.
 */
function largestFlows(flows: readonly Flow[], most: number): Flow[] {
  const counts = Int32Array.from(flows, (flow) => flow.count).sort()
  const least = counts[counts.length - most] ?? 0
  return flows
    .filter((flow) => flow.count >= least)
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
    .slice(0, most)
}

/** The arcs with an end in view, in order, up to `most` of them. */
function arcsInView(
  arcs: readonly MapLink[],
  viewport: Viewport,
  positions: ReadonlyMap<string, Position>,
  most: number,
): MapLink[] {
  const found: MapLink[] = []
  for (const arc of arcs) {
    const from = positions.get(arc.from)
    const to = positions.get(arc.to)
    if ((from !== undefined && inView(viewport, from)) || (to !== undefined && inView(viewport, to))) {
      if (found.push(arc) >= most) break
    }
  }
  return found
}
