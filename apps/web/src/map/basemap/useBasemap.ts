import { addProtocol } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import { detailTileLoader } from './detailProtocol'
import { DETAIL_DIRECTORY, DETAIL_PROTOCOL } from './detailTiles'
import { type Basemap, loadBasemap } from './loadBasemap'

// The close-up tiles the offline style asks for (style.ts) come from the app's own files, before any map asks.
addProtocol(DETAIL_PROTOCOL, detailTileLoader(`${import.meta.env.BASE_URL}${DETAIL_DIRECTORY}/`))

/** The offline basemap once it has loaded, else null. */
export function useBasemap(): Basemap | null {
  const [basemap, setBasemap] = useState<Basemap | null>(null)
  const [error, setError] = useState<Error | null>(null)
  useEffect(() => {
    loadBasemap().then(setBasemap, setError)
  }, [])
  // Thrown while rendering, so the app's error boundary shows it.
  if (error) throw error
  return basemap
}
