import topologyUrl from 'world-atlas/countries-50m.json?url'
import table from './countries.json'
import {
  type CountriesTopology,
  type CountryEntry,
  countryLabels,
  countryLines,
  countryPolygons,
} from './countryShapes'

const entries = table.countries as CountryEntry[]

export type Basemap = Awaited<ReturnType<typeof loadBasemap>>

/** Natural Earth's countries, shipped with the app as TopoJSON, as the GeoJSON the basemap's sources take. */
export async function loadBasemap() {
  const response = await fetch(topologyUrl)
  if (!response.ok) throw new Error(`the basemap could not be loaded: ${response.status} ${topologyUrl}`)
  const topology = (await response.json()) as CountriesTopology
  return {
    countries: countryPolygons(topology, entries),
    lines: countryLines(topology),
    labels: countryLabels(entries),
  }
}
