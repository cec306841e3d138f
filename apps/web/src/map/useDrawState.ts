import type { Map as MapLibreMap } from 'maplibre-gl'
import { type RefObject, useEffect, useRef } from 'react'

/**
 * Says on `element` whether the map is still drawing what it was last given: `aria-busy` while it is, and
 * `data-renders`, how many times it has finished drawing a change of its data (what a benchmark or a test waits on).
 */
export function useDrawState(
  map: MapLibreMap | null,
  element: RefObject<HTMLElement | null>,
  /** What the map was given to draw: a new value whenever any of it changes. */
  drawn: unknown,
): void {
  const pending = useRef(false)
  const renders = useRef(0)

  useEffect(() => {
    if (!map) return
    const onIdle = () => {
      if (!pending.current) return
      pending.current = false
      renders.current++
      element.current?.setAttribute('aria-busy', 'false')
      element.current?.setAttribute('data-renders', String(renders.current))
    }
    map.on('idle', onIdle)
    return () => {
      map.off('idle', onIdle)
    }
  }, [map, element])

  // Runs after the effects that hand the sources their data, since it is declared after them.
  useEffect(() => {
    if (!map || drawn === undefined) return
    pending.current = true
    element.current?.setAttribute('aria-busy', 'true')
    map.triggerRepaint()
  }, [map, element, drawn])
}
