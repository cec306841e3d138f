import { greatCircleArc } from '@atlas/geo'
import type { InstitutionSummary, Link } from '@atlas/schema'

/** Institutions as an RFC 7946 FeatureCollection of points, their attributes as properties. */
export function institutionsGeoJson(institutions: InstitutionSummary[]) {
  return {
    type: 'FeatureCollection' as const,
    features: institutions.map(({ lon, lat, altNames, ...properties }) => ({
      type: 'Feature' as const,
      id: properties.id,
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      properties: { ...properties, altNames: altNames.join('; ') },
    })),
  }
}

/**
 * Links as great-circle lines between their institutions; one that crosses the antimeridian is a MultiLineString
 * cut at ±180° as RFC 7946 asks. Links whose institutions are not given are left out.
 */
export function linksGeoJson(links: Link[], institutions: InstitutionSummary[]) {
  const byId = new Map(institutions.map((i) => [i.id, i]))
  return {
    type: 'FeatureCollection' as const,
    features: links.flatMap(({ initiatives, ...link }) => {
      const from = byId.get(link.fromId)
      const to = byId.get(link.toId)
      if (!from || !to) return []
      const parts = greatCircleArc([from.lon, from.lat], [to.lon, to.lat])
      const geometry =
        parts.length === 1
          ? { type: 'LineString' as const, coordinates: parts[0] ?? [] }
          : { type: 'MultiLineString' as const, coordinates: parts }
      return [
        {
          type: 'Feature' as const,
          id: link.id,
          geometry,
          properties: { ...link, fromName: from.name, toName: to.name, initiatives: initiatives.join(',') },
        },
      ]
    }),
  }
}
