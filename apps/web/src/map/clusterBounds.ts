import type { Feature, Point } from 'geojson'
import type { LngLatBoundsLike } from 'maplibre-gl'

/**
 * The box around a cluster's members, to fit the map to so that all of them show at once; undefined when they share
 * one point (no box to fit: the map zooms in and spreads them instead) or there are none.
 */
export function clusterBounds(members: readonly Feature[]): LngLatBoundsLike | undefined {
  const points = members.flatMap((member) =>
    member.geometry.type === 'Point' ? [(member.geometry as Point).coordinates] : [],
  )
  if (points.length === 0) return undefined
  const lons = points.map(([lon = 0]) => lon)
  const lats = points.map(([, lat = 0]) => lat)
  const [west, east] = [Math.min(...lons), Math.max(...lons)]
  const [south, north] = [Math.min(...lats), Math.max(...lats)]
  if (west === east && south === north) return undefined
  return [
    [west, south],
    [east, north],
  ]
}
