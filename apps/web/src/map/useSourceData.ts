import type { FeatureCollection } from 'geojson'
import type { GeoJSONSource } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { LoadedStyle } from './useMapInstance'

/**
 * Hands a source its data whenever the data changes, and to each newly loaded style; not an empty collection to a
 * source that already has none, since every setData has the source's tiles cut again and the map drawn again.
 */
export function useSourceData(
  style: LoadedStyle | null,
  id: string,
  data: FeatureCollection | undefined,
): void {
  const given = useRef<{ style: LoadedStyle; empty: boolean } | null>(null)
  useEffect(() => {
    if (!style || !data) return
    const empty = data.features.length === 0
    if (empty && given.current?.style === style && given.current.empty) return
    style.map.getSource<GeoJSONSource>(id)?.setData(data)
    given.current = { style, empty }
  }, [style, id, data])
}
