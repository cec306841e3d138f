import type { FeatureCollection } from 'geojson'
import type { GeoJSONSource } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { featureDiff } from './featureDiff'
import type { LoadedStyle } from './useMapInstance'

/**
 * Hands a source its data whenever the data changes, and to each newly loaded style; not an empty collection to a
 * source that already has none, since every change has the source's tiles cut again and the map drawn again. A
 * source whose features are known by a property (its promoteId, `updateBy`) is handed only what changed, when that
 * is less than the whole (featureDiff).
 */
export function useSourceData(
  style: LoadedStyle | null,
  id: string,
  data: FeatureCollection | undefined,
  updateBy?: string,
): void {
  const given = useRef<{ style: LoadedStyle; data: FeatureCollection } | null>(null)
  useEffect(() => {
    if (!style || !data) return
    const before = given.current?.style === style ? given.current.data : null
    given.current = { style, data }
    if (before?.features.length === 0 && data.features.length === 0) return
    const source = style.map.getSource<GeoJSONSource>(id)
    const diff = before && updateBy ? featureDiff(before, data, updateBy) : null
    if (diff) void source?.updateData(diff)
    else void source?.setData(data)
  }, [style, id, data, updateBy])
}
