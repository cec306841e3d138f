import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTFeatureNonPoint } from '@maplibre/geojson-vt'
import { fromVectorTileJs, GeoJSONWrapper } from '@maplibre/vt-pbf'
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point } from 'geojson'
import type { LineProperties } from './basemapTopology'
import { DETAIL_LAYERS, DETAIL_TILES, tileName } from './detailTiles'
import type { PlaceProperties } from './placeZooms'
import { seaRings, type TilePoint } from './seaShapes'

/** What the close-up basemap is cut from, already cut at the antimeridian. */
export interface DetailSources {
  /** Natural Earth's 1:10m land: countries' names, codes and shading stay with the 1:50m basemap. */
  land: FeatureCollection<MultiPolygon>
  /** Their borders and coasts. */
  lines: FeatureCollection<MultiLineString, LineProperties>
  places: Feature<Point, PlaceProperties>[]
}

export interface DetailTile {
  /** tileName(z, x, y) */
  name: string
  /** The tile as a Mapbox Vector Tile. */
  data: Uint8Array
}

const tiling = (maxZoom: number, buffer: number) => ({
  maxZoom,
  indexMaxZoom: maxZoom,
  indexMaxPoints: 0,
  extent: DETAIL_TILES.extent,
  buffer,
  // A unit, 150 m at zoom 5: finer than Natural Earth's 1:10m lines are true to the ground.
  tolerance: 1,
})

/**
 * Every tile of the close-up basemap that has something to draw. A tile of zoom z holds the places named from z on
 * or earlier; those of the deepest zoom hold every place, and the land, sea and lines, which the map enlarges from
 * there. Tiles of open sea are left out (the map's water is its background).
 */
export function* detailTiles(sources: DetailSources): Generator<DetailTile> {
  const { minZoom, maxZoom, buffer } = DETAIL_TILES
  const shapes = new GeoJSONVT(
    { type: 'FeatureCollection', features: [...sources.land.features, ...sources.lines.features] },
    tiling(maxZoom, buffer),
  )
  for (let z: number = minZoom; z <= maxZoom; z++) {
    // A point belongs to one tile only: MapLibre places a name from the tile its point lies in.
    const places = new GeoJSONVT(
      {
        type: 'FeatureCollection',
        features: sources.places.filter((place) => z === maxZoom || place.properties.minzoom <= z),
      },
      tiling(z, 0),
    )
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const layers = {
          [DETAIL_LAYERS.places]: places.getTile(z, x, y)?.features ?? [],
          ...(z === maxZoom ? shapeLayers(shapes.getTile(z, x, y)?.features ?? []) : {}),
        }
        const data = vectorTile(layers)
        if (data) yield { name: tileName(z, x, y), data }
      }
    }
  }
}

/** A tile's land, the sea around it and the lines, in the layers the map draws them from. */
function shapeLayers(features: readonly GeoJSONVTFeature[]): Record<string, GeoJSONVTFeature[]> {
  const land = features.filter((feature): feature is GeoJSONVTFeatureNonPoint => feature.type === 3)
  if (land.length === 0) return { [DETAIL_LAYERS.lines]: features.filter((feature) => feature.type === 2) }
  const rings = land.flatMap((feature) => feature.geometry)
  const sea = seaRings(rings, DETAIL_TILES.extent, DETAIL_TILES.buffer)
  return {
    [DETAIL_LAYERS.land]: [{ type: 3, tags: {}, geometry: rings }],
    [DETAIL_LAYERS.sea]: sea.length > 0 ? [{ type: 3, tags: {}, geometry: sea }] : [],
    [DETAIL_LAYERS.lines]: features.filter((feature) => feature.type === 2),
  }
}

/** The layers with features as one vector tile, or null when none has any. */
function vectorTile(layers: Record<string, GeoJSONVTFeature[]>): Uint8Array | null {
  const options = { version: 2, extent: DETAIL_TILES.extent }
  const wrapped = Object.entries(layers)
    .filter(([, features]) => features.length > 0)
    .map(([name, features]) => {
      const layer = new GeoJSONWrapper(features.map(integral), options)
      layer.name = name
      return [name, layer] as const
    })
  return wrapped.length > 0 ? fromVectorTileJs({ layers: Object.fromEntries(wrapped) }) : null
}

/** Vector tiles hold whole units: a fraction would be written as it is and misread. */
function integral(feature: GeoJSONVTFeature): GeoJSONVTFeature {
  const round = ([x, y]: TilePoint): TilePoint => [Math.round(x), Math.round(y)]
  return feature.type === 1
    ? { ...feature, geometry: feature.geometry.map(round) }
    : { ...feature, geometry: feature.geometry.map((ring) => ring.map(round)) }
}
