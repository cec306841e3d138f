import type { FeatureCollection } from 'geojson'
import type { GeoJSONSource } from 'maplibre-gl'
import { useEffect } from 'react'
import type { LoadedStyle } from './useMapInstance'

/** Hands a source its data whenever the data changes, and to each newly loaded style. */
export function useSourceData(
  style: LoadedStyle | null,
  id: string,
  data: FeatureCollection | undefined,
): void {
  useEffect(() => {
    if (!style || !data) return
    style.map.getSource<GeoJSONSource>(id)?.setData(data)
  }, [style, id, data])
}
