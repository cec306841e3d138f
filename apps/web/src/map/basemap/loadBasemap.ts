import { feature } from 'topojson-client'
import { countryName } from '../../i18n/format'
import basemapUrl from './basemap.json?url'
import { isBasemapTopology, type LabelProperties } from './basemapTopology'

export type Basemap = Awaited<ReturnType<typeof loadBasemap>>

/**
 * The basemap shipped with the app, prepared by scripts/build-basemap.ts, as the GeoJSON the basemap's sources take:
 * its TopoJSON decoded, and each country named in the interface language (Natural Earth's English name where the
 * country has no ISO code).
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
    labels: localNames(feature(topology, labels)),
  }
}

function localNames<Labels extends { features: { properties: LabelProperties }[] }>(labels: Labels): Labels {
  for (const { properties } of labels.features) {
    if (properties.iso) properties.name = countryName(properties.iso)
  }
  return labels
}
