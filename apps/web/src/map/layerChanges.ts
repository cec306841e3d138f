import type {
  AllLayoutProperties,
  AllPaintProperties,
  FilterSpecification,
  LayerSpecification,
} from 'maplibre-gl'

export type LayerChange =
  | { kind: 'filter'; layerId: string; value: FilterSpecification | undefined }
  | {
      kind: 'paint'
      layerId: string
      name: keyof AllPaintProperties
      value: AllPaintProperties[keyof AllPaintProperties]
    }
  | {
      kind: 'layout'
      layerId: string
      name: keyof AllLayoutProperties
      value: AllLayoutProperties[keyof AllLayoutProperties]
    }

/**
 * What to set on the map to go from one list of layers to the next, property by property, so that the map keeps
 * its sources and redraws only what changed. Both lists hold the same layers in the same order (atlasLayers
 * varies their properties, never the list).
 */
export function layerChanges(previous: readonly LayerSpecification[], next: readonly LayerSpecification[]) {
  const changes: LayerChange[] = []
  next.forEach((layer, i) => {
    const before = previous[i]
    if (before?.id !== layer.id)
      throw new Error(`layer ${i} is ${layer.id}, was ${before?.id}: the layers changed`)
    if ('filter' in layer && !same(filterOf(before), layer.filter)) {
      changes.push({ kind: 'filter', layerId: layer.id, value: layer.filter })
    }
    const paint = changedProperties<AllPaintProperties>(before.paint, layer.paint)
    const layout = changedProperties<AllLayoutProperties>(before.layout, layer.layout)
    for (const [name, value] of paint) changes.push({ kind: 'paint', layerId: layer.id, name, value })
    for (const [name, value] of layout) changes.push({ kind: 'layout', layerId: layer.id, name, value })
  })
  return changes
}

function filterOf(layer: LayerSpecification): FilterSpecification | undefined {
  return 'filter' in layer ? layer.filter : undefined
}

/** The properties that differ, with their new values (undefined for one that was dropped). */
function changedProperties<P>(before: object = {}, after: object = {}): [keyof P, P[keyof P]][] {
  const from = before as Partial<P>
  const to = after as Partial<P>
  const names = new Set([...Object.keys(from), ...Object.keys(to)] as (keyof P)[])
  return [...names]
    .filter((name) => !same(from[name], to[name]))
    .map((name) => [name, to[name] as P[keyof P]])
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}
