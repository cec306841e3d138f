import { COUNTRY_CODES, type CountryCode, type LinkKind } from '@atlas/schema'
import type { Selection } from '../state/atlasView'
import { LAYER_IDS } from './layerIds'

/** What is under the pointer, as far as hovering and clicking go. */
export type MapTarget =
  | { type: 'institution'; id: string; links: number }
  | { type: 'cluster'; clusterId: number; count: number; position: [number, number] }
  | { type: 'link'; linkId: string; from: string; to: string; kind: LinkKind }
  | { type: 'country'; code: CountryCode; name: string }

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
