import { feature } from 'topojson-client'
import basemapUrl from './basemap.json?url'
import { isBasemapTopology } from './basemapTopology'

export type Basemap = Awaited<ReturnType<typeof loadBasemap>>

/**
 * The basemap shipped with the app, prepared by scripts/build-basemap.ts, as the GeoJSON the basemap's sources take:
 * decoding its TopoJSON is all that is left to do here.
 */
export async function loadBasemap() {
  const response = await fetch(basemapUrl)
  if (!response.ok) throw new Error(`the basemap could not be loaded: ${response.status} ${basemapUrl}`)
  const topology: unknown = await response.json()
  if (!isBasemapTopology(topology))
    throw new Error('the basemap is not one that scripts/build-basemap.ts wrote')
  const { countries, lines, labels } = topology.objects
  return {
    countries: feature(topology, countries),
    lines: feature(topology, lines),
    labels: feature(topology, labels),
  }
}
