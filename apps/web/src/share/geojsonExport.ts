import { greatCircleArc, type Position } from '@atlas/geo'
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson'
import { type AtlasExport, exportLookups } from './atlasExport'

export type InstitutionFeature = Feature<Point>
export type LinkFeature = Feature<LineString | MultiLineString>

/** RFC 7946 §11.2: six decimals are about ten centimetres, more than any location here is known to. */
const round = ([lon, lat]: Position): Position => [roundTo6(lon), roundTo6(lat)]
// + 0 turns the -0 that rounding a tiny negative number gives into 0.
const roundTo6 = (value: number) => Number(value.toFixed(6)) + 0

/** The shown institutions as points, with their names, kind, place and shown links. */
export function institutionFeatures(data: AtlasExport): InstitutionFeature[] {
  return data.institutions.map((institution) => ({
    type: 'Feature',
    id: institution.id,
    geometry: { type: 'Point', coordinates: round([institution.lon, institution.lat]) },
    properties: {
      featureType: 'institution',
      id: institution.id,
      name: institution.name,
      nativeName: institution.nativeName,
      otherNames: institution.altNames,
      kind: institution.kind,
      city: institution.city,
      countryCode: institution.country,
      country: data.countryName(institution.country),
      locationPrecision: institution.precision,
      linksShown: data.linksByInstitution.get(institution.id) ?? 0,
    },
  }))
}

/**
 * The shown links as great-circle arcs, as the map draws them: a LineString, or a MultiLineString cut at the
 * antimeridian so that no line crosses the map the long way round. A link whose end is unknown has no line.
 */
export function linkFeatures(data: AtlasExport): LinkFeature[] {
  const names = exportLookups(data)
  return data.links.flatMap((link): LinkFeature[] => {
    const from = names.institutions.get(link.fromId)
    const to = names.institutions.get(link.toId)
    if (!from || !to) return []
    const parts = greatCircleArc([from.lon, from.lat], [to.lon, to.lat]).map((part) => part.map(round))
    const geometry: LineString | MultiLineString =
      parts.length === 1 && parts[0]
        ? { type: 'LineString', coordinates: parts[0] }
        : { type: 'MultiLineString', coordinates: parts }
    return [
      {
        type: 'Feature',
        id: link.id,
        geometry,
        properties: {
          featureType: 'link',
          id: link.id,
          fromId: link.fromId,
          fromName: from.name,
          toId: link.toId,
          toName: to.name,
          kind: link.kind,
          status: link.status,
          startDate: link.startDate,
          startPrecision: link.startPrecision,
          endDate: link.endDate,
          endPrecision: link.endPrecision,
          initiativeIds: link.initiatives,
          initiatives: link.initiatives.map((id) => names.initiatives.get(id)?.name ?? id),
          groupId: link.groupId,
          group: link.groupId && (names.groups.get(link.groupId)?.name ?? null),
          description: link.description,
          sourceId: link.sourceId,
          source: names.sources.get(link.sourceId)?.title ?? null,
        },
      },
    ]
  })
}

/** Everything shown in one FeatureCollection: institutions first, then links; `featureType` tells them apart. */
export function atlasFeatureCollection(
  data: AtlasExport,
): FeatureCollection<Point | LineString | MultiLineString> {
  return { type: 'FeatureCollection', features: [...institutionFeatures(data), ...linkFeatures(data)] }
}

export function geoJsonBlob(collection: FeatureCollection): Blob {
  return new Blob([JSON.stringify(collection)], { type: 'application/geo+json' })
}
