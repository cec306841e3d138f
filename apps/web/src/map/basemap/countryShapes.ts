import type { Position } from '@atlas/geo'
import type { CountryCode } from '@atlas/schema'
import type { FeatureCollection, Geometry, MultiLineString, MultiPolygon, Point } from 'geojson'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { splitLine, splitPolygon } from './antimeridian'
import type { CountryProperties, LabelProperties, LineProperties } from './basemapTopology'
import { labelMinZoom, labelPoint, polygonArea } from './labelPoint'

/**
 * What scripts/build-basemap.ts makes of world-atlas's countries: the GeoJSON of the basemap's three parts
 * (basemapTopology.ts), cut at the antimeridian.
 */

/** world-atlas's countries TopoJSON: one object, "countries", of shapes with an ISO numeric id and a name. */
export type WorldAtlasTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>

/** A country's polygons within [-180, 180], and its code. */
export interface Country extends CountryProperties {
  polygons: Position[][][]
}

/** Which ISO code a shape of Natural Earth stands for, if any. */
export type CodeOf = (shape: { name: string; numeric: string | null }) => CountryCode | null

/** Natural Earth's countries, each with its ISO code and its polygons cut at the antimeridian. */
export function countries(world: WorldAtlasTopology, codeOf: CodeOf): Country[] {
  return feature(world, world.objects.countries).features.map(({ geometry, properties: { name }, id }) => ({
    name,
    iso: codeOf({ name, numeric: id === undefined ? null : String(id) }),
    polygons: polygonsOf(name, geometry).flatMap(splitPolygon),
  }))
}

/** The countries as the map fills them and outlines the selected one. */
export function countryPolygons(all: readonly Country[]): FeatureCollection<MultiPolygon, CountryProperties> {
  return {
    type: 'FeatureCollection',
    features: all.map(({ name, iso, polygons }) => ({
      type: 'Feature',
      properties: { name, iso },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    })),
  }
}

/** One point per country where its name is written, from the zoom at which it fits. */
export function countryLabels(all: readonly Country[]): FeatureCollection<Point, LabelProperties> {
  return {
    type: 'FeatureCollection',
    features: all.flatMap(({ name, iso, polygons }) => {
      const label = labelPoint(polygons)
      if (!label) return []
      const minzoom = labelMinZoom(Math.max(...polygons.map(polygonArea)))
      return [
        {
          type: 'Feature',
          properties: { name, iso, minzoom },
          geometry: { type: 'Point', coordinates: label },
        },
      ]
    }),
  }
}

/** Lines this close to a pole lie outside the Web Mercator map. */
const MAX_LINE_LATITUDE = 85

/** Borders between countries, and coastlines. */
export function countryLines(world: WorldAtlasTopology): FeatureCollection<MultiLineString, LineProperties> {
  const lines = (keep: (a: object, b: object) => boolean) =>
    mesh(world, world.objects.countries, keep)
      .coordinates.flatMap((line) => splitLine(line.map(toPosition)))
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

/** A world-atlas shape's polygons; `name` says which shape, should it be no polygon at all. */
export function polygonsOf(name: string, geometry: Geometry): Position[][][] {
  const rings = (polygon: number[][][]) => polygon.map((ring) => ring.map(toPosition))
  if (geometry.type === 'Polygon') return [rings(geometry.coordinates)]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map(rings)
  throw new Error(`${name} is a ${geometry.type} in world-atlas, not polygons`)
}

function toPosition([lon = Number.NaN, lat = Number.NaN]: number[]): Position {
  return [lon, lat]
}
