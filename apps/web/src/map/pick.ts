import { COUNTRY_CODES, type CountryCode, type LinkKind } from '@atlas/schema'
import type { Selection } from '../state/atlasView'
import type { FlowProperties } from './flows/flowFeatures'
import { LAYER_IDS } from './layerIds'

/** What is under the pointer, as far as hovering and clicking go. */
export type MapTarget =
  | { type: 'institution'; id: string; links: number }
  | { type: 'cluster'; clusterId: number; count: number; position: [number, number] }
  | { type: 'link'; linkId: string; from: string; to: string; kind: LinkKind }
  | { type: 'country'; code: CountryCode; name: string }
  | {
      type: 'flow'
      band: FlowProperties['band']
      from: FlowEnd
      to: FlowEnd
      count: number
      /** Its links by the initiative drawing them: the first two. */
      initiatives: [initiative: string, count: number][]
    }

/** One end of a flow: its country, its main city and where it is drawn. */
export interface FlowEnd {
  country: CountryCode
  city: string
  position: [number, number]
}

/** The part of a rendered feature this looks at (MapLibre's MapGeoJSONFeature has it). */
export interface RenderedFeature {
  layer: { id: string }
  properties: Record<string, unknown>
  geometry: { type: string; coordinates?: unknown }
}

const countryCodes = new Set<string>(COUNTRY_CODES)

/**
 * The target of the topmost feature that has one (MapLibre lists rendered features topmost first), or null over
 * water or a territory without a country code.
 */
export function pickTarget(features: readonly RenderedFeature[]): MapTarget | null {
  for (const { layer, properties, geometry } of features) {
    switch (layer.id) {
      case LAYER_IDS.highlighted:
      case LAYER_IDS.institutions:
        return { type: 'institution', id: String(properties.id), links: Number(properties.links) }
      case LAYER_IDS.clusters:
        return {
          type: 'cluster',
          clusterId: Number(properties.cluster_id),
          count: Number(properties.point_count),
          position: geometry.coordinates as [number, number],
        }
      case LAYER_IDS.arcs:
      case LAYER_IDS.arcsSecondColour:
        return {
          type: 'link',
          linkId: String(properties.link),
          from: String(properties.from),
          to: String(properties.to),
          kind: properties.kind as LinkKind,
        }
      case LAYER_IDS.flows:
      case LAYER_IDS.flowsSecondColour:
        return flowTarget(properties)
      case LAYER_IDS.countries: {
        const code = properties.iso
        if (typeof code === 'string' && countryCodes.has(code)) {
          return { type: 'country', code: code as CountryCode, name: String(properties.name) }
        }
        return null
      }
    }
  }
  return null
}

/** What a click on a target selects: the institution, link or country, or nothing over water. */
export function selectionOf(target: MapTarget | null): Selection {
  switch (target?.type) {
    case 'institution':
      return { type: 'institution', id: target.id }
    case 'link':
      return { type: 'link', id: target.linkId }
    case 'country':
      return { type: 'country', code: target.code }
    default:
      return null
  }
}

/** A flow's line read back from the properties flowCollection gave it. */
function flowTarget(properties: Record<string, unknown>): MapTarget {
  const end = (side: 'from' | 'to'): FlowEnd => ({
    country: String(properties[`${side}Country`]) as CountryCode,
    city: String(properties[`${side}City`]),
    position: [Number(properties[`${side}Lon`]), Number(properties[`${side}Lat`])],
  })
  const initiatives: [string, number][] = [[String(properties.i0 ?? ''), Number(properties.n0)]]
  if (properties.i1 !== undefined) initiatives.push([String(properties.i1), Number(properties.n1)])
  return {
    type: 'flow',
    band: properties.band === 'grid' ? 'grid' : 'country',
    from: end('from'),
    to: end('to'),
    count: Number(properties.count),
    initiatives,
  }
}
