import { greatCircleArc, type Position } from '@atlas/geo'
import type { CountryCode } from '@atlas/schema'
import type { FeatureCollection, MultiLineString } from 'geojson'
import { ARC_STEP_DEGREES } from '../features'
import type { Flow } from './aggregateFlows'
import type { Band, Places } from './places'

/** What a flow's line carries for its paint and its tooltip. */
export interface FlowProperties {
  id: string
  /** 'country' when the ends are countries, 'grid' when they are cities and their surroundings. */
  band: Band['kind']
  fromCountry: CountryCode
  fromCity: string
  toCountry: CountryCode
  toCity: string
  count: number
  /** Its count beside the largest flow's (0–1]: small flows are drawn fainter. */
  share: number
  /** The two initiatives drawing most of its links ('' for none), and how many links each draws. */
  i0: string
  n0: number
  i1?: string
  n1: number
  /** The width of each colour's line, in pixels: together the flow's width, shared as its links are. */
  w0: number
  w1: number
  /** Where its two places are drawn, for a click to frame both. */
  fromLon: number
  fromLat: number
  toLon: number
  toLat: number
}

/** The widest flow, in pixels; the narrowest is as wide as one arc. */
const MAX_WIDTH = 14
const MIN_WIDTH = 1.5

/**
 * The flows as great-circle lines between their places, as wide as the square root of their count makes them
 * beside the largest flow (so that area, not length, grows with the count), coloured by their first two
 * initiatives in proportion; smallest first, so that the largest are drawn over them.
 */
export function flowCollection(
  flows: readonly Flow[],
  places: Places,
  band: Band,
): FeatureCollection<MultiLineString, FlowProperties> {
  const line = (flow: Flow, from: Position, to: Position) => {
    const known = places.lines.get(flow.id)
    if (known) return known
    const made = greatCircleArc(from, to, ARC_STEP_DEGREES)
    places.lines.set(flow.id, made)
    return made
  }
  const largest = flows.reduce((most, flow) => Math.max(most, flow.count), 1)
  return {
    type: 'FeatureCollection',
    features: [...flows]
      .sort((a, b) => a.count - b.count)
      .flatMap((flow) => {
        const from = places.byKey.get(flow.from)
        const to = places.byKey.get(flow.to)
        if (!from || !to) return []
        const width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(flow.count / largest)
        const [[i0, n0] = ['', 0], second] = flow.initiatives
        const n1 = second?.[1] ?? 0
        const properties: FlowProperties = {
          id: flow.id,
          band: band.kind,
          fromCountry: from.country,
          fromCity: from.city,
          toCountry: to.country,
          toCity: to.city,
          count: flow.count,
          share: flow.count / largest,
          i0,
          n0,
          n1,
          w0: (width * n0) / (n0 + n1),
          w1: (width * n1) / (n0 + n1),
          fromLon: from.position[0],
          fromLat: from.position[1],
          toLon: to.position[0],
          toLat: to.position[1],
        }
        if (second) properties.i1 = second[0]
        return [
          {
            type: 'Feature',
            properties,
            geometry: { type: 'MultiLineString', coordinates: line(flow, from.position, to.position) },
          },
        ]
      }),
  }
}
