import { useEffect, useState } from 'react'
import { type Basemap, loadBasemap } from './loadBasemap'

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
