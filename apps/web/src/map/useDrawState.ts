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

  // Runs after the effects that hand the sources their data, since it is declared after them. A map still loading
  // what it was handed draws and goes idle when it has it; a frame forced now would draw the old data again, and in
  // software WebGL a frame costs some 300 ms (a filter change at 100,000 links). A map with nothing to load is
  // drawn once, so that it says it is idle.
  useEffect(() => {
    if (!map || drawn === undefined) return
    pending.current = true
    element.current?.setAttribute('aria-busy', 'true')
    if (map.loaded()) map.triggerRepaint()
  }, [map, element, drawn])
}
