import { angularDistance } from '@atlas/geo'

/** The import's own Earth radius, so "1.2 km apart" here and "within 1 km" there measure alike. */
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180

/** A point as the data set holds it. */
export interface LatLng {
  lat: number
  lng: number
}

/** The great-circle distance between two points in kilometres. */
export function kmBetween(a: LatLng, b: LatLng): number {
  return angularDistance([a.lng, a.lat], [b.lng, b.lat]) * KM_PER_DEGREE
}

/** A point `km` from `from` on a bearing (radians from north), on a flat map: right enough within a city. */
export function offsetKm(from: LatLng, km: number, bearing: number): LatLng {
  const lat = from.lat + (km * Math.cos(bearing)) / KM_PER_DEGREE
  const lng = from.lng + (km * Math.sin(bearing)) / (KM_PER_DEGREE * Math.cos((from.lat * Math.PI) / 180))
  return { lat, lng: ((((lng + 180) % 360) + 360) % 360) - 180 }
}
