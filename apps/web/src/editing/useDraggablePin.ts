import { type Map as MapLibreMap, Marker } from 'maplibre-gl'
import { useEffect, useEffectEvent, useRef } from 'react'
import { t } from '../i18n/translate'

interface Position {
  lon: number
  lat: number
}

/**
 * A draggable pin on the map at `position` while there is one: dragged (or moved with the arrow keys once focused,
 * as MapLibre's draggable markers are), it reports where it was left, which is where the campus is.
 */
export function useDraggablePin(
  map: MapLibreMap | null,
  position: Position | null,
  onMove: (to: Position) => void,
) {
  const marker = useRef<Marker | null>(null)
  const moved = useEffectEvent(onMove)
  const shown = position !== null

  useEffect(() => {
    if (!map || !shown) return
    const pin = new Marker({ draggable: true, className: 'editing-pin', color: '#c2410c' })
    pin.getElement().setAttribute('aria-label', t('edit.pinLabel'))
    pin.getElement().title = t('edit.pinLabel')
    pin.on('dragend', () => {
      const { lng, lat } = pin.getLngLat()
      moved({ lon: round(lng), lat: round(lat) })
    })
    marker.current = pin
    return () => {
      pin.remove()
      marker.current = null
    }
  }, [map, shown])

  const lon = position?.lon
  const lat = position?.lat
  useEffect(() => {
    const pin = marker.current
    if (!map || !pin || lon === undefined || lat === undefined) return
    pin.setLngLat([lon, lat])
    if (!pin.getElement().isConnected) pin.addTo(map)
  }, [map, lon, lat])
}

/** Six decimals are about ten centimetres: finer than any campus needs, and easier to read in the history. */
function round(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6
}
