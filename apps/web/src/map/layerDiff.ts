import { type DiffCommand, diff } from '@maplibre/maplibre-gl-style-spec'
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl'

/**
 * What to do to a map to go from one list of the atlas's layers to the next: the style specification's own diff
 * of two styles that differ in their layers alone, so that the map keeps its sources and redraws only what changed
 * (a paint property, a filter), and adds every layer to a style that has none yet.
 */
export function layerDiff(before: readonly LayerSpecification[], after: readonly LayerSpecification[]) {
  return diff(styleOf(before), styleOf(after))
}

function styleOf(layers: readonly LayerSpecification[]): StyleSpecification {
  return { version: 8, sources: {}, layers: [...layers] }
}

/** The methods of MapLibre's map that a diff of layers calls. */
export interface LayerTarget {
  addLayer(layer: LayerSpecification, before?: string): unknown
  removeLayer(id: string): unknown
  setPaintProperty(id: string, name: string, value: unknown): unknown
  setLayoutProperty(id: string, name: string, value: unknown): unknown
  setFilter(id: string, filter?: FilterSpecification | null): unknown
  setLayerZoomRange(id: string, minzoom: number, maxzoom: number): unknown
}

export function applyLayerDiff(map: LayerTarget, commands: readonly DiffCommand[]): void {
  for (const change of commands) {
    switch (change.command) {
      case 'addLayer':
        map.addLayer(...change.args)
        break
      case 'removeLayer':
        map.removeLayer(...change.args)
        break
      case 'setPaintProperty':
        map.setPaintProperty(...change.args)
        break
      case 'setLayoutProperty':
        map.setLayoutProperty(...change.args)
        break
      case 'setFilter':
        map.setFilter(...change.args)
        break
      case 'setLayerZoomRange':
        map.setLayerZoomRange(...change.args)
        break
      default:
        // Anything else would touch more than the layers: the diff's fallback (setStyle) would drop the sources.
        throw new Error(`the atlas's layers cannot change by ${change.command}`)
    }
  }
}
