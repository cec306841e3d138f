import { linkMatchesFilter, NO_FILTER } from '@atlas/schema'
import type { FeatureCollection, MultiLineString, Point } from 'geojson'
import { useMemo } from 'react'
import { localText } from '../i18n/localized'
import type { AtlasMapProps } from './AtlasMapProps'
import { displayPositions } from './displayPositions'
import {
  arcCollection,
  type InstitutionProperties,
  institutionCollection,
  institutionLinks,
  institutionPoints,
} from './features'
import { drawnSummary } from './flows/drawnSummary'
import { drawPlan } from './flows/drawPlan'
import { type FlowProperties, flowCollection } from './flows/flowFeatures'
import { bandPlaces } from './flows/places'
import { samePlan } from './flows/samePlan'
import type { Viewport } from './flows/viewport'
import { selectionHighlight } from './highlight'
import { atlasLayers } from './layers/atlasLayers'
import { mapLinks } from './mapLinks'
import { ONLINE_BASEMAP } from './onlineBasemap'
import { useStable } from './useStable'

const NO_FLOWS: FeatureCollection<MultiLineString, FlowProperties> = {
  type: 'FeatureCollection',
  features: [],
}

/**
 * What the map draws from its props: the sources' data and the layers, each worked out again only when what it
 * comes from changes, and what the tooltip looks names up in.
 */
export function useMapContent(props: AtlasMapProps, viewport: Viewport | null) {
  const { institutions, links, groups, initiatives, filter, selection, theme, options, linksByCountry } =
    props
  const positions = useMemo(() => displayPositions(institutions), [institutions])
  const allArcs = useMemo(
    () => mapLinks(links, groups, institutions, initiatives, options.pairwise),
    [links, groups, institutions, initiatives, options.pairwise],
  )
  const pointsOfData = useMemo(
    () => institutionPoints(institutions, positions, institutionLinks(allArcs)),
    [institutions, positions, allArcs],
  )
  const shownArcs = useMemo(() => allArcs.filter((arc) => linkMatchesFilter(arc, filter)), [allArcs, filter])
  const highlight = useMemo(
    () => selectionHighlight(selection, shownArcs, institutions, groups),
    [selection, shownArcs, institutions, groups],
  )
  const placesOf = useMemo(() => bandPlaces(institutions, positions), [institutions, positions])
  const plan = useStable(
    useMemo(
      () => drawPlan(allArcs, shownArcs, viewport, placesOf, positions, highlight?.includes ?? null),
      [allArcs, shownArcs, viewport, placesOf, positions, highlight],
    ),
    samePlan,
  )
  const arcs = useMemo(
    () => arcCollection(plan.kind === 'all' ? allArcs : plan.arcs, positions),
    [plan, allArcs, positions],
  )
  const flows = useMemo(
    () => (plan.kind === 'flows' ? flowCollection(plan.drawn, plan.places, plan.band) : NO_FLOWS),
    [plan],
  )
  const points = useMemo(
    () => institutionCollection(pointsOfData, shownArcs, filter),
    [pointsOfData, shownArcs, filter],
  )
  const highlighted = useMemo(
    (): FeatureCollection<Point, InstitutionProperties> => ({
      type: 'FeatureCollection',
      features: points.features.filter((point) => highlight?.institutionIds.has(point.properties.id)),
    }),
    [points, highlight],
  )
  const layersFilter = plan.kind === 'all' ? filter : NO_FILTER
  const layers = useMemo(
    () =>
      atlasLayers({
        theme,
        colourBy: options.colourBy,
        initiatives,
        // Beyond the data the layers filter, the arcs come filtered: the layers' filter then stays put, since
        // changing it has MapLibre cut the arcs into tiles again.
        filter: layersFilter,
        highlight,
        selectedInstitution: selection?.type === 'institution' ? selection.id : null,
        selectedCountry: selection?.type === 'country' ? selection.code : null,
        choropleth: options.choropleth ? linksByCountry : null,
        offlineBasemap: ONLINE_BASEMAP === null,
        projector: options.projector,
      }),
    [
      theme,
      options.colourBy,
      options.choropleth,
      options.projector,
      initiatives,
      layersFilter,
      highlight,
      selection,
      linksByCountry,
    ],
  )
  const lookup = useMemo(
    () => ({
      institutions: new Map(institutions.map((institution) => [institution.id, institution])),
      initiativeNames: new Map(
        initiatives.map((initiative) => [initiative.id, localText(initiative, 'name')]),
      ),
      linksByCountry: options.choropleth ? linksByCountry : null,
    }),
    [institutions, initiatives, options.choropleth, linksByCountry],
  )
  const summary = useMemo(() => drawnSummary(plan, shownArcs.length), [plan, shownArcs])
  return { arcs, flows, points, highlighted, layers, lookup, summary }
}
