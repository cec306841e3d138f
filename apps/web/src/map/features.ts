import { greatCircleArc, type Position } from '@atlas/geo'
import type { CountryCode, InstitutionKind, InstitutionSummary, LinkKind } from '@atlas/schema'
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson'
import { unlinkedShown } from '../data/filterAtlas'
import { institutionNames, type Named } from '../i18n/institutionName'
import type { AtlasFilter } from '../state/atlasView'
import { initiativeFlag } from './linkFilter'
import type { MapLink } from './mapLinks'

/** What an arc carries for the layers' filters and paint, and for the tooltip and clicks. */
export interface ArcProperties {
  id: string
  link: string
  /** The other link a pairwise arc stands for. */
  link2?: string
  from: string
  to: string
  fromCountry: CountryCode
  toCountry: CountryCode
  kind: LinkKind
  /** Absent when the start is unknown, so that `['has', 'year']` tells. */
  year?: number
  /** Absent while the link goes on. */
  endYear?: number
  /** The first two initiatives, whose colours the arc is drawn in, and how many it has. */
  i0?: string
  i1?: string
  n: number
  [flag: `in:${string}`]: true
}

export interface InstitutionProperties {
  id: string
  name: string
  /** The label's second line: the city, after the native name when that is in another script. */
  sub: string
  kind: InstitutionKind
  country: CountryCode
  /** The initiative it is coloured by: the most frequent among its links ('' without links). */
  initiative: string
  /** How many of its links are shown. */
  links: number
}

/** Degrees of arc between vertices: smooth at world scale, few enough vertices for many links. */
export const ARC_STEP_DEGREES = 1.5

/** Great-circle arcs between where the two ends are drawn, cut at the antimeridian. */
export function arcCollection(
  links: readonly MapLink[],
  positions: ReadonlyMap<string, Position>,
): FeatureCollection<MultiLineString, ArcProperties> {
  return {
    type: 'FeatureCollection',
    features: links.flatMap((link) => {
      const from = positions.get(link.from)
      const to = positions.get(link.to)
      if (!from || !to) return []
      return [
        {
          type: 'Feature',
          properties: arcProperties(link),
          geometry: { type: 'MultiLineString', coordinates: greatCircleArc(from, to, ARC_STEP_DEGREES) },
        },
      ]
    }),
  }
}

function arcProperties(link: MapLink): ArcProperties {
  const [i0, i1] = link.initiatives
  const properties: ArcProperties = {
    id: link.id,
    link: link.linkId,
    from: link.from,
    to: link.to,
    fromCountry: link.fromCountry,
    toCountry: link.toCountry,
    kind: link.kind,
    n: link.initiatives.length,
  }
  if (link.otherLinkId) properties.link2 = link.otherLinkId
  if (link.year !== null) properties.year = link.year
  if (link.endYear !== null) properties.endYear = link.endYear
  if (i0) properties.i0 = i0
  if (i1) properties.i1 = i1
  for (const id of link.ownInitiatives) properties[initiativeFlag(id) as `in:${string}`] = true
  return properties
}

/** What every link says of each institution, whatever the filter: which have links, and the colour of each. */
export interface InstitutionLinks {
  linked: ReadonlySet<string>
  colourOf: ReadonlyMap<string, string>
}

/** Worked out once per data set rather than on every change of filter. */
export function institutionLinks(allLinks: readonly MapLink[]): InstitutionLinks {
  return { linked: new Set(countByEnd(allLinks).keys()), colourOf: mainInitiatives(allLinks) }
}

/** An institution as the map draws it, less what the filter changes: worked out once per data set. */
export interface InstitutionPoint {
  feature: Feature<Point, Omit<InstitutionProperties, 'links'>>
  /** Whether any link ends at it, whatever the filter. */
  linked: boolean
}

/** The institutions that have a position, with their names, kinds and colours, in the data's order. */
export function institutionPoints(
  institutions: readonly InstitutionSummary[],
  positions: ReadonlyMap<string, Position>,
  { linked, colourOf }: InstitutionLinks,
): InstitutionPoint[] {
  return institutions.flatMap((institution) => {
    const position = positions.get(institution.id)
    if (!position) return []
    const names = institutionNames(institution)
    const properties = {
      id: institution.id,
      name: names.name.text,
      sub: secondLine(names.other, institution.city),
      kind: institution.kind,
      country: institution.country,
      initiative: colourOf.get(institution.id) ?? '',
    }
    const geometry: Point = { type: 'Point', coordinates: position }
    return [{ feature: { type: 'Feature', properties, geometry }, linked: linked.has(institution.id) }]
  })
}

/**
 * The institutions the filter shows (see AtlasFilter): those at an end of a shown link, and those without any
 * link while only countries are filtered, with their shown links counted.
 */
export function institutionCollection(
  points: readonly InstitutionPoint[],
  shownLinks: readonly MapLink[],
  filter: AtlasFilter,
): FeatureCollection<Point, InstitutionProperties> {
  const shownCount = countByEnd(shownLinks)
  const features: Feature<Point, InstitutionProperties>[] = []
  for (const { feature, linked } of points) {
    const links = shownCount.get(feature.properties.id) ?? 0
    if (links > 0 || (!linked && unlinkedShown(feature.properties.country, filter))) {
      features.push({ ...feature, properties: { ...feature.properties, links } })
    }
  }
  return { type: 'FeatureCollection', features }
}

function countByEnd(links: readonly MapLink[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { from, to } of links) {
    counts.set(from, (counts.get(from) ?? 0) + 1)
    counts.set(to, (counts.get(to) ?? 0) + 1)
  }
  return counts
}

/** Per institution, the initiative that comes first on most of its links. */
function mainInitiatives(links: readonly MapLink[]): Map<string, string> {
  const tallies = new Map<string, Map<string, number>>()
  for (const link of links) {
    const initiative = link.initiatives[0]
    if (!initiative) continue
    for (const end of [link.from, link.to]) {
      const tally = tallies.get(end) ?? new Map<string, number>()
      tally.set(initiative, (tally.get(initiative) ?? 0) + 1)
      tallies.set(end, tally)
    }
  }
  const main = new Map<string, string>()
  for (const [institution, tally] of tallies) {
    const [best] = [...tally].sort((a, b) => b[1] - a[1])
    if (best) main.set(institution, best[0])
  }
  return main
}

const LATIN = /\p{Script=Latin}/u

/**
 * The line under a name on the map: the city, after the institution's other name when that is in another script
 * than Latin (a name in Latin script reads much like the one above it; one in another script is worth showing).
 */
function secondLine(other: Named | null, city: string): string {
  return other && !LATIN.test(other.text) ? `${other.text} · ${city}` : city
}
