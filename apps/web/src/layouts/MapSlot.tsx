import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The element the page's one map is rendered into, through a portal, made once for the page. Each layout puts it
 * in its map area with MapSlot, so that a change of layout (a tour starting or ending) moves the map rather than
 * making a new one: it stays where it was, loaded and drawn.
 */
export function useMapHost(): HTMLElement {
  const [host] = useState(() => {
    const element = document.createElement('div')
    element.className = 'map-host'
    return element
  })
  return host
}

/** Where a layout shows the map: the map's host element moves in here while this is on the page. */
export function MapSlot({ host }: { host: HTMLElement }) {
  const slot = useRef<HTMLDivElement>(null)
  // Before the browser paints and before the map's own effects, so the map never finds itself out of the page.
  useLayoutEffect(() => {
    slot.current?.append(host)
  }, [host])
  return <div ref={slot} className="map-slot" />
}
