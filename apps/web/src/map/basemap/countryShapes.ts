import type { Position } from '@atlas/geo'
import type { CountryCode } from '@atlas/schema'
import type { FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson'
import { feature, mesh } from 'topojson-client'
import { splitLine, splitPolygon } from './antimeridian'

/** world-atlas's countries TopoJSON: one object, "countries", of shapes with an ISO numeric id and a name. */
export type CountriesTopology = Parameters<typeof feature>[0]

/** What scripts/build-basemap.ts works out per country: its code and where its name goes. */
export interface CountryEntry {
  name: string
  iso: CountryCode | null
  label: [lon: number, lat: number]
  /** The zoom from which the name is shown. */
  minzoom: number
}

export interface CountryProperties {
  name: string
  /** ISO 3166 numeric code as world-atlas gives it, if any. */
  numeric: string | null
  iso: CountryCode | null
}

/** The countries as polygons cut at the antimeridian, each with the ISO code its entry gives it. */
export function countryPolygons(
  topology: CountriesTopology,
  entries: readonly CountryEntry[],
): FeatureCollection<MultiPolygon, CountryProperties> {
  const isoByName = new Map(entries.map((entry) => [entry.name, entry.iso]))
  const shapes = feature(topology, countriesObject(topology)) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >
  return {
    type: 'FeatureCollection',
    features: shapes.features.map(({ geometry, properties, id }) => {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
      return {
        type: 'Feature',
        properties: {
          name: properties.name,
          numeric: id === undefined ? null : String(id),
          iso: isoByName.get(properties.name) ?? null,
        },
        geometry: {
          type: 'MultiPolygon',
          coordinates: polygons.flatMap((rings) => splitPolygon(rings as Position[][])),
        },
      }
    }),
  }
}

/** Lines this close to a pole lie outside the Web Mercator map. */
const MAX_LINE_LATITUDE = 85

/** Borders between countries, and coastlines, as lines cut at the antimeridian. */
export function countryLines(
  topology: CountriesTopology,
): FeatureCollection<MultiLineString, { kind: 'border' | 'coast' }> {
  const object = countriesObject(topology) as Parameters<typeof mesh>[1]
  const lines = (keep: (a: object, b: object) => boolean) =>
    mesh(topology, object, keep)
      .coordinates.flatMap((line) => splitLine(line as Position[]))
      .filter((line) => line.some(([, lat]) => Math.abs(lat) < MAX_LINE_LATITUDE))
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'border' },
        geometry: { type: 'MultiLineString', coordinates: lines((a, b) => a !== b) },
      },
      {
        type: 'Feature',
        properties: { kind: 'coast' },
        geometry: { type: 'MultiLineString', coordinates: lines((a, b) => a === b) },
      },
    ],
  }
}

/** One point per country where its name is written. */
export function countryLabels(
  entries: readonly CountryEntry[],
): FeatureCollection<Point, Pick<CountryEntry, 'name' | 'iso' | 'minzoom'>> {
  return {
    type: 'FeatureCollection',
    features: entries.map(({ name, iso, minzoom, label }) => ({
      type: 'Feature',
      properties: { name, iso, minzoom },
      geometry: { type: 'Point', coordinates: label },
    })),
  }
}

function countriesObject(topology: CountriesTopology) {
  const object = topology.objects.countries
  if (!object) throw new Error('the basemap TopoJSON has no "countries" object')
  return object
}
