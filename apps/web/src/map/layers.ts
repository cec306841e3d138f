import type { CountryCode, InitiativeWithCounts, LinkKind } from '@atlas/schema'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { PROJECTOR_SCALE, scalePaintNumber } from '../present/projectorTheme'
import type { AtlasFilter, MapOptions, Theme } from '../state/atlasView'
import { TEXT_FONT } from './fonts'
import type { Highlight } from './highlight'
import { LAYER_IDS, SOURCE_IDS } from './layerIds'
import { linkFilterExpression } from './linkFilter'
import { INSTITUTION_KIND_COLOURS, LINK_KIND_WIDTHS, mapPalette, type Palette } from './palette'

/**
 * Every layer of the map, declared here and nowhere else: a pure function of what the map shows, so that a change
 * of theme, filter or selection is a change of paint, layout and filters, never of sources.
 */

const LINK_KIND_OPACITY: Record<LinkKind, number> = {
  joint_institute: 0.95,
  cooperation_agreement: 0.85,
  vocational_cooperation: 0.85,
  training_programme: 0.85,
  consortium_membership: 0.75,
}

/** How much of their colour dimmed things keep while something is selected. */
const DIM = { arc: 0.1, point: 0.3, label: 0.35 }

export interface LayerState {
  theme: Theme
  colourBy: MapOptions['colourBy']
  initiatives: readonly Pick<InitiativeWithCounts, 'id' | 'colour'>[]
  filter: AtlasFilter
  /** What the selection keeps bright, or null while nothing is selected. */
  highlight: Highlight | null
  selectedInstitution: string | null
  selectedCountry: CountryCode | null
  /** Links per country while countries are shaded. */
  choropleth: ReadonlyMap<CountryCode, number> | null
  /** False over an online basemap, which draws water, land, borders and names itself. */
  offlineBasemap: boolean
  /** The projector theme: its colours, and arcs, points and labels larger by PROJECTOR_SCALE. */
  projector: boolean
}

type PaintNumber = number | ExpressionSpecification
/** A size as the theme draws it: multiplied by `factor` in the projector theme, as it is otherwise. */
type Grow = <T extends PaintNumber>(value: T, factor: number) => T

function grower(projector: boolean): Grow {
  // scalePaintNumber keeps the kind of what it is given: a number stays a number, an expression an expression.
  return (value, factor) => (projector ? (scalePaintNumber(value, factor) as typeof value) : value)
}

export function atlasLayers(state: LayerState): LayerSpecification[] {
  const p = mapPalette(state.theme, state.projector)
  const grow = grower(state.projector)
  const basemap = state.offlineBasemap ? offlineBasemapLayers(p, grow) : { water: [], lines: [] }
  return [
    ...basemap.water,
    countryFill(state, p),
    {
      id: LAYER_IDS.countryOutline,
      type: 'line',
      source: SOURCE_IDS.countries,
      filter: ['==', ['get', 'iso'], state.selectedCountry ?? ''],
      paint: { 'line-color': p.accent, 'line-width': 1.5 },
    },
    ...basemap.lines,
    ...arcLayers(state, p, grow),
    ...institutionLayers(state, p, grow),
  ]
}

/** The water under the countries, and borders, coasts and names over them. */
function offlineBasemapLayers(p: Palette, grow: Grow): Record<'water' | 'lines', LayerSpecification[]> {
  const water: LayerSpecification = {
    id: LAYER_IDS.background,
    type: 'background',
    paint: { 'background-color': p.water },
  }
  const lines: LayerSpecification[] = [
    {
      id: LAYER_IDS.borders,
      type: 'line',
      source: SOURCE_IDS.countryLines,
      filter: ['==', ['get', 'kind'], 'border'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': p.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2],
      },
    },
    {
      id: LAYER_IDS.coast,
      type: 'line',
      source: SOURCE_IDS.countryLines,
      filter: ['==', ['get', 'kind'], 'coast'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': p.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 0.9],
      },
    },
    {
      id: LAYER_IDS.countryLabels,
      type: 'symbol',
      source: SOURCE_IDS.countryLabels,
      filter: ['>=', ['zoom'], ['get', 'minzoom']],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': TEXT_FONT.regular,
        'text-size': grow(
          ['interpolate', ['linear'], ['zoom'], 1, 10, 4, 12, 7, 15],
          PROJECTOR_SCALE.labelSize,
        ),
        'text-letter-spacing': 0.04,
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'minzoom'],
      },
      paint: {
        'text-color': p.countryLabel,
        'text-halo-color': p.halo,
        'text-halo-width': grow(1, PROJECTOR_SCALE.labelHaloWidth),
      },
    },
  ]
  return { water: [water], lines }
}

function countryFill(state: LayerState, p: Palette): LayerSpecification {
  const land = state.offlineBasemap ? p.land : 'rgba(0, 0, 0, 0)'
  const base = state.choropleth ? choroplethColour(state.choropleth, land, p) : land
  return {
    id: LAYER_IDS.countries,
    type: 'fill',
    source: SOURCE_IDS.countries,
    paint: {
      'fill-color': state.selectedCountry
        ? ['case', ['==', ['get', 'iso'], state.selectedCountry], p.landSelected, base]
        : base,
      'fill-opacity': state.offlineBasemap ? 1 : 0.6,
    },
  }
}

/** Shades from the land colour (no links) through light to strong (the most links), on a square-root scale. */
export function choroplethColour(
  linksByCountry: ReadonlyMap<CountryCode, number>,
  land: string,
  p: Pick<Palette, 'choroplethLow' | 'choroplethHigh'>,
): ExpressionSpecification | string {
  const counts = [...linksByCountry].filter(([, n]) => n > 0)
  const most = Math.max(0, ...counts.map(([, n]) => n))
  if (most === 0) return land
  const value: ExpressionSpecification = ['sqrt', match('iso', Object.fromEntries(counts), 0)]
  const stops = most === 1 ? [1, p.choroplethHigh] : [1, p.choroplethLow, Math.sqrt(most), p.choroplethHigh]
  return ['interpolate', ['linear'], value, 0, land, ...stops]
}

function arcLayers(state: LayerState, p: Palette, grow: Grow): LayerSpecification[] {
  const filter = linkFilterExpression(state.filter)
  const byInitiative = state.colourBy === 'initiative'
  const colours = Object.fromEntries(state.initiatives.map(({ id, colour }) => [id, colour]))
  const twoColours: ExpressionSpecification = ['>=', ['get', 'n'], 2]
  const kindWidth = grow(match('kind', LINK_KIND_WIDTHS, 2), PROJECTOR_SCALE.arcWidth)
  // An arc in two initiatives is two lines side by side, one in each colour.
  const offset = (side: -1 | 1): ExpressionSpecification =>
    byZoom(['*', ['case', twoColours, side / 2, 0], kindWidth])
  const opacity = state.highlight
    ? (['case', state.highlight.arcs, 1, DIM.arc] as ExpressionSpecification)
    : match('kind', LINK_KIND_OPACITY, 0.85)
  const line = (
    id: string,
    colour: string,
    side: -1 | 1,
    only: ExpressionSpecification | true,
  ): LayerSpecification => ({
    id,
    type: 'line',
    source: SOURCE_IDS.arcs,
    filter: ['all', filter, only],
    layout: {
      'line-cap': 'round',
      'line-join': 'round',
      visibility: byInitiative || side === -1 ? 'visible' : 'none',
    },
    paint: {
      'line-color': byInitiative ? match(colour, colours, p.neutral) : p.neutral,
      'line-width': byZoom(kindWidth),
      'line-offset': byInitiative ? offset(side) : 0,
      'line-opacity': opacity,
    },
  })
  return [
    {
      id: LAYER_IDS.arcHalo,
      type: 'line',
      source: SOURCE_IDS.arcs,
      filter: ['all', filter, state.highlight?.arcs ?? false],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': p.halo,
        'line-width': byZoom([
          '+',
          ['*', ['case', twoColours, 2, 1], kindWidth],
          grow(4, PROJECTOR_SCALE.arcWidth),
        ]),
        'line-opacity': 0.85,
      },
    },
    // The second colour goes under the first, so that where arcs bundle the most specific initiative shows.
    line(LAYER_IDS.arcsSecondColour, 'i1', 1, twoColours),
    line(LAYER_IDS.arcs, 'i0', -1, true),
  ]
}

function institutionLayers(state: LayerState, p: Palette, grow: Grow): LayerSpecification[] {
  const dimmed = state.highlight !== null
  const colour =
    state.colourBy === 'initiative'
      ? match(
          'initiative',
          Object.fromEntries(state.initiatives.map(({ id, colour }) => [id, colour])),
          p.neutral,
        )
      : match('kind', INSTITUTION_KIND_COLOURS, p.neutral)
  const radius = grow<ExpressionSpecification>(
    ['interpolate', ['linear'], ['get', 'links'], 0, 4, 1, 5.5, 5, 8, 25, 14],
    PROJECTOR_SCALE.pointRadius,
  )
  const rim = (width: number) => grow(width, PROJECTOR_SCALE.pointRadius)
  const unclustered: ExpressionSpecification = ['!', ['has', 'point_count']]
  // The highlighted institutions are labelled by the layer above, in full colour: not twice.
  const notHighlighted: ExpressionSpecification = [
    '!',
    ['in', ['get', 'id'], ['literal', [...(state.highlight?.institutionIds ?? [])].sort()]],
  ]
  const labels = (
    id: string,
    source: string,
    filter: ExpressionSpecification,
    opacity: number,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    filter,
    layout: {
      'text-field': [
        'format',
        ['get', 'name'],
        {},
        '\n',
        {},
        ['get', 'sub'],
        { 'font-scale': 0.85, 'text-font': ['literal', TEXT_FONT.regular], 'text-color': p.labelSecondary },
      ],
      'text-font': TEXT_FONT.semibold,
      'text-size': grow(13, PROJECTOR_SCALE.labelSize),
      'text-max-width': 14,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.9,
      'text-justify': 'auto',
      'symbol-sort-key': ['-', ['get', 'links']],
    },
    paint: {
      'text-color': p.label,
      'text-halo-color': p.halo,
      'text-halo-width': grow(1.5, PROJECTOR_SCALE.labelHaloWidth),
      'text-opacity': opacity,
    },
  })
  return [
    {
      id: LAYER_IDS.clusters,
      type: 'circle',
      source: SOURCE_IDS.institutions,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': p.cluster,
        'circle-radius': grow(
          ['step', ['get', 'point_count'], 13, 5, 16, 20, 20, 100, 26],
          PROJECTOR_SCALE.pointRadius,
        ),
        'circle-stroke-color': p.pointRim,
        'circle-stroke-width': rim(2),
        'circle-opacity': dimmed ? DIM.point : 0.92,
        'circle-stroke-opacity': dimmed ? DIM.point : 1,
      },
    },
    {
      id: LAYER_IDS.clusterCounts,
      type: 'symbol',
      source: SOURCE_IDS.institutions,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': TEXT_FONT.semibold,
        'text-size': grow(12, PROJECTOR_SCALE.labelSize),
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': p.clusterText, 'text-opacity': dimmed ? DIM.label : 1 },
    },
    {
      id: LAYER_IDS.institutions,
      type: 'circle',
      source: SOURCE_IDS.institutions,
      filter: unclustered,
      paint: {
        'circle-color': colour,
        'circle-radius': radius,
        'circle-stroke-color': p.pointRim,
        'circle-stroke-width': rim(1.5),
        'circle-opacity': dimmed ? DIM.point : 1,
        'circle-stroke-opacity': dimmed ? DIM.point : 1,
      },
    },
    {
      ...labels(
        LAYER_IDS.institutionLabels,
        SOURCE_IDS.institutions,
        ['all', unclustered, notHighlighted],
        dimmed ? DIM.label : 1,
      ),
      minzoom: 4,
    },
    {
      id: LAYER_IDS.highlighted,
      type: 'circle',
      source: SOURCE_IDS.highlighted,
      paint: {
        'circle-color': colour,
        'circle-radius': radius,
        'circle-stroke-color': [
          'case',
          ['==', ['get', 'id'], state.selectedInstitution ?? ''],
          p.accent,
          p.pointRim,
        ],
        'circle-stroke-width': [
          'case',
          ['==', ['get', 'id'], state.selectedInstitution ?? ''],
          rim(3),
          rim(2),
        ],
      },
    },
    labels(LAYER_IDS.highlightedLabels, SOURCE_IDS.highlighted, unclustered, 1),
  ]
}

/** A width (or offset) that grows as one zooms in, from itself at zoom 2 to half as much again at zoom 8. */
function byZoom(value: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 2, value, 8, ['*', 1.5, value]]
}

/** `property`'s value looked up in `values`, else `fallback`. */
function match(
  property: string,
  values: Readonly<Record<string, string | number>>,
  fallback: string | number,
): ExpressionSpecification {
  const pairs = Object.entries(values).flat()
  if (pairs.length === 0) return ['literal', fallback]
  return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification
}
