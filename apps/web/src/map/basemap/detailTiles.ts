/**
 * The close-up basemap: vector tiles the build cuts from GeoNames' places and Natural Earth's 1:10m countries
 * (build/basemapDetail.ts), served by the app's own server beside its files and read by the map only once it is
 * zoomed in past DETAIL_TILES.minZoom over the tile's part of the world. The first view keeps to basemap.json.
 */
export const DETAIL_TILES = {
  /** Tiles from this zoom hold place names (placeZooms.ts). */
  minZoom: 3,
  /** Tiles of this zoom also hold the finer land, sea and lines; deeper, the map enlarges them. */
  maxZoom: 5,
  /** Units across a tile: a 1:10m coastline at zoom 5 keeps its shape to within 150 m. */
  extent: 8192,
  /** Units of a tile's shapes kept beyond each edge, so that lines and fills meet their neighbours'. */
  buffer: 64,
} as const

/** The layers of a tile, as the map's layers name them in `source-layer`. */
export const DETAIL_LAYERS = {
  land: 'land',
  sea: 'sea',
  lines: 'lines',
  places: 'places',
} as const

/** The map asks for tiles in this scheme, which detailProtocol.ts answers from the files the build wrote. */
export const DETAIL_PROTOCOL = 'atlas-basemap'

/** Where the build writes the tiles, under the app's base URL: `basemap/5/26/12.pbf` and the list of them. */
export const DETAIL_DIRECTORY = 'basemap'
export const DETAIL_INDEX_FILE = 'tiles.json'

/** A tile's name in the list of tiles, and its file's path without the extension. */
export function tileName(z: number, x: number, y: number): string {
  return `${z}/${x}/${y}`
}

/** The list of tiles the build wrote: the map asks only for these, as most of the world is sea. */
export interface DetailIndex {
  tiles: string[]
}

/** Whether a parsed file is a list of tiles (a file of another shape would make every tile seem missing). */
export function isDetailIndex(value: unknown): value is DetailIndex {
  return (
    typeof value === 'object' &&
    value !== null &&
    'tiles' in value &&
    Array.isArray(value.tiles) &&
    value.tiles.every((tile) => typeof tile === 'string')
  )
}
