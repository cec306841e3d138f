import type { CountryCode } from '@atlas/schema'
import type { GeometryCollection, Topology } from 'topojson-specification'

/**
 * The basemap as scripts/build-basemap.ts prepares it and the browser loads it: Natural Earth's countries, their
 * borders and coasts already cut at the antimeridian, and where each country's name goes, as one TopoJSON (which
 * shares the borders between the three, a quarter of the size of the same as GeoJSON).
 */
export type BasemapTopology = Topology<{
  countries: GeometryCollection<CountryProperties>
  lines: GeometryCollection<LineProperties>
  labels: GeometryCollection<LabelProperties>
}>

export type CountryProperties = {
  name: string
  iso: CountryCode | null
}

export type LineProperties = {
  kind: 'border' | 'coast'
}

export type LabelProperties = CountryProperties & {
  /** The zoom from which the name is shown. */
  minzoom: number
}

/** Whether a parsed file has the parts of a prepared basemap (a file of another shape would draw nothing). */
export function isBasemapTopology(value: unknown): value is BasemapTopology {
  if (!isObject(value) || value.type !== 'Topology' || !Array.isArray(value.arcs) || !isObject(value.objects))
    return false
  const objects = new Map(Object.entries(value.objects))
  return ['countries', 'lines', 'labels'].every((name) => {
    const object = objects.get(name)
    return isObject(object) && object.type === 'GeometryCollection' && Array.isArray(object.geometries)
  })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
