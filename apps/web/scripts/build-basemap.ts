/**
 * Writes src/map/basemap/basemap.json, the basemap the browser loads as it is: world-atlas's Natural Earth 1:50m
 * countries cut at the antimeridian, their borders and coasts, and where each country's name goes, with its ISO
 * 3166 code, as TopoJSON (basemapTopology.ts). Run from apps/web after upgrading world-atlas:  pnpm basemap
 */
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { countryCodeSchema } from '@atlas/schema'
import isoCountries from 'i18n-iso-countries'
import { topology } from 'topojson-server'
import type { GeometryObject, Properties, Topology } from 'topojson-specification'
import {
  type CodeOf,
  countries,
  countryLabels,
  countryLines,
  countryPolygons,
  type WorldAtlasTopology,
} from '../src/map/basemap/countryShapes'

const require = createRequire(import.meta.url)
const world: WorldAtlasTopology = require('world-atlas/countries-50m.json')
const OUT = new URL('../src/map/basemap/basemap.json', import.meta.url)
/** As world-atlas's own: a 360th of a degree of longitude apart at most, finer than 1:50m's lines. */
const QUANTIZATION = 1e5
/** Natural Earth shapes without an ISO numeric code, and the country ISO 3166 counts them in. */
const CODES_BY_NAME: Record<string, string> = { Somaliland: 'SO', 'N. Cyprus': 'CY' }

const codeOf: CodeOf = ({ name, numeric }) => {
  const code = (numeric && isoCountries.numericToAlpha2(numeric)) || CODES_BY_NAME[name]
  return countryCodeSchema.safeParse(code).data ?? null
}

const shapes = countries(world, codeOf)
const basemap = topology(
  { countries: countryPolygons(shapes), lines: countryLines(world), labels: countryLabels(shapes) },
  QUANTIZATION,
)
writeFileSync(OUT, lineByLine(basemap))
console.log(`${OUT.pathname}: ${shapes.length} countries, ${basemap.arcs.length} arcs`)

/** One shape and one arc a line: a change of world-atlas reads as a diff, not as one changed line of 800 KB. */
function lineByLine({ objects, arcs, ...rest }: Topology): string {
  const list = (items: readonly unknown[]) => `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`
  const object = (value: GeometryObject<Properties>) => {
    if (value.type !== 'GeometryCollection') return JSON.stringify(value)
    const { geometries, ...collection } = value
    return `${JSON.stringify(collection).slice(0, -1)},"geometries":${list(geometries)}}`
  }
  const parts = Object.entries(objects).map(([name, value]) => `${JSON.stringify(name)}:${object(value)}`)
  return `${JSON.stringify(rest).slice(0, -1)},"objects":{\n${parts.join(',\n')}\n},"arcs":${list(arcs)}}\n`
}
