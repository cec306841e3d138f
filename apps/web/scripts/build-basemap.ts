/**
 * Writes src/map/basemap/countries.json: for each Natural Earth 1:50m country of world-atlas, its ISO 3166 code and
 * where its name goes on the map. The shapes themselves ship as world-atlas's TopoJSON (a quarter of the size of the
 * same shapes as GeoJSON) and become GeoJSON in the browser; only what is slow to compute is done here.
 * Run from apps/web after upgrading world-atlas:  npx tsx scripts/build-basemap.ts
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Position } from '@atlas/geo'
import { COUNTRY_CODES } from '@atlas/schema'
import countries from 'i18n-iso-countries'
import type { CountryEntry } from '../src/map/basemap/countryShapes'
import { countryPolygons } from '../src/map/basemap/countryShapes'
import { labelPoint, polygonArea } from '../src/map/basemap/labelPoint'

const require = createRequire(import.meta.url)
const topology = require('world-atlas/countries-50m.json')
const OUT = new URL('../src/map/basemap/countries.json', import.meta.url)
/** Natural Earth shapes without an ISO numeric code, and the country ISO 3166 counts them in. */
const CODES_BY_NAME: Record<string, string> = { Somaliland: 'SO', 'N. Cyprus': 'CY' }
const knownCodes = new Set<string>(COUNTRY_CODES)

const entries: CountryEntry[] = countryPolygons(topology, []).features.flatMap(({ geometry, properties }) => {
  const polygons = geometry.coordinates as Position[][][]
  const label = labelPoint(polygons)
  if (!label) return []
  const code =
    (properties.numeric && countries.numericToAlpha2(properties.numeric)) || CODES_BY_NAME[properties.name]
  return [
    {
      name: properties.name,
      iso: code && knownCodes.has(code) ? (code as CountryEntry['iso']) : null,
      label: [round(label[0]), round(label[1])],
      minzoom: labelMinZoom(Math.max(...polygons.map(polygonArea))),
    },
  ]
})
// One country a line, so that a change of world-atlas reads as a diff.
const lines = entries.map((entry) => JSON.stringify(entry)).join(',\n')
writeFileSync(OUT, `{"source":"world-atlas/countries-50m.json","countries":[\n${lines}\n]}\n`)
console.log(`${OUT.pathname}: ${entries.length} countries`)

/** Small countries are named only from the zoom at which their name fits beside them. */
function labelMinZoom(areaKm2: number): number {
  if (areaKm2 > 1_500_000) return 1
  if (areaKm2 > 400_000) return 2
  if (areaKm2 > 100_000) return 3
  if (areaKm2 > 20_000) return 4
  return 5
}

function round(degrees: number): number {
  return Math.round(degrees * 100) / 100
}
