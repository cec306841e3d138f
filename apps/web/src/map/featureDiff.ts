import type { FeatureCollection } from 'geojson'
import type { GeoJSONFeatureDiff, GeoJSONSourceDiff } from 'maplibre-gl'

/**
 * What turns one collection into the next, feature by feature, each known by its `key` property (the source's
 * promoteId): MapLibre's diff, handed to its worker in place of the whole collection, which it would otherwise copy
 * value by value (some 150 ms for 10,000 institutions). Properties are compared by value, geometries by reference,
 * as the collections are made from the same features. Null when the diff would carry as much as the collection:
 * more than half of it added or moved.
 */
export function featureDiff(
  before: FeatureCollection,
  after: FeatureCollection,
  key: string,
): GeoJSONSourceDiff | null {
  const previous = new Map(before.features.map((feature) => [feature.properties?.[key], feature]))
  const add: GeoJSONSourceDiff['add'] = []
  const update: GeoJSONFeatureDiff[] = []
  let moved = 0
  for (const feature of after.features) {
    const id = feature.properties?.[key]
    const was = previous.get(id)
    previous.delete(id)
    if (!was) {
      add.push(feature)
      continue
    }
    const change: GeoJSONFeatureDiff = { id }
    if (was.geometry !== feature.geometry) {
      change.newGeometry = feature.geometry
      moved++
    }
    const properties = feature.properties ?? {}
    const gone = Object.keys(was.properties ?? {}).filter((name) => !(name in properties))
    if (gone.length > 0) change.removeProperties = gone
    const changed = Object.entries(properties).filter(([name, value]) => was.properties?.[name] !== value)
    if (changed.length > 0)
      change.addOrUpdateProperties = changed.map(([name, value]) => ({ key: name, value }))
    if (Object.keys(change).length > 1) update.push(change)
  }
  if (add.length + moved > after.features.length / 2) return null
  return { remove: [...previous.keys()], add, update }
}
