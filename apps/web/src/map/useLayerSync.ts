import type { LayerSpecification } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { applyLayerDiff, layerDiff } from './layerDiff'
import type { LoadedStyle } from './useMapInstance'

/** Keeps the map's layers those given: all of them added to each style that loads, then only what changes. */
export function useLayerSync(style: LoadedStyle | null, layers: readonly LayerSpecification[]): void {
  /** The layers the map has now, and the style they are on. */
  const applied = useRef<{ style: LoadedStyle | null; layers: readonly LayerSpecification[] }>({
    style: null,
    layers: [],
  })
  useEffect(() => {
    if (!style) return
    const before = applied.current.style === style ? applied.current.layers : []
    applyLayerDiff(style.map, layerDiff(before, layers))
    applied.current = { style, layers }
  }, [style, layers])
}
