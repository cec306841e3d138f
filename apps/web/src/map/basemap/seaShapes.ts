import { createRequire } from 'node:module'
import type { Polygon, Ring } from 'polygon-clipping'
import { ringArea } from './antimeridian'

// Its types name its functions, but its ES build exports them only as a default object: required, they are there.
const { difference }: typeof import('polygon-clipping') = createRequire(import.meta.url)('polygon-clipping')

/** A point of a tile, in the tile's units (0 to its extent, y downward). */
export type TilePoint = [x: number, y: number]

/**
 * The sea of one tile: its square less the land in it, so that the close-up basemap can paint the finer 1:10m
 * coastline over the 1:50m countries (drawn underneath, shaded by links) wherever the two differ. Run by the build.
 * `land` is a tile's polygons as vector tiles hold them: rings one after the other, each polygon's outer ring wound
 * one way and its holes the other.
 */
export function seaRings(land: readonly TilePoint[][], extent: number, buffer: number): TilePoint[][] {
  const [low, high] = [-buffer, extent + buffer]
  const square: Ring = [
    [low, low],
    [high, low],
    [high, high],
    [low, high],
    [low, low],
  ]
  const sea = difference([square], ...polygonsOf(land))
  return sea.flatMap((polygon) =>
    polygon.map((ring) => ring.map(([x, y]): TilePoint => [Math.round(x), Math.round(y)])),
  )
}

/** Rings grouped into polygons: a ring wound as the first one starts a polygon, one wound the other way is its hole. */
export function polygonsOf(rings: readonly TilePoint[][]): Polygon[] {
  const polygons: Polygon[] = []
  let outerSign = 0
  for (const ring of rings) {
    const sign = Math.sign(ringArea(ring))
    if (sign === 0) continue
    outerSign ||= sign
    const current = polygons.at(-1)
    if (sign === outerSign || !current) polygons.push([ring])
    else current.push(ring)
  }
  return polygons
}
