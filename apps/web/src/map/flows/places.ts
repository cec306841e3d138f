import type { Position } from '@atlas/geo'
import type { CountryCode, InstitutionSummary } from '@atlas/schema'

/** How institutions are grouped into the places flows join: by country, or by square cells of a grid. */
export type Band = { kind: 'country' } | { kind: 'grid'; degrees: number }

/** Below this zoom flows join countries; from it they join cells that halve in size with each zoom level. */
const COUNTRY_BAND_BELOW_ZOOM = 4
/** The grid's cells at zoom 4, some 400 km across: a city and its surroundings. */
const GRID_DEGREES_AT_BAND_START = 4

/** The band flows are drawn in at a zoom. */
export function bandAt(zoom: number): Band {
  if (zoom < COUNTRY_BAND_BELOW_ZOOM) return { kind: 'country' }
  const halvings = Math.floor(zoom) - COUNTRY_BAND_BELOW_ZOOM
  return { kind: 'grid', degrees: GRID_DEGREES_AT_BAND_START / 2 ** halvings }
}

/** A place flows join: where it is drawn (the mean of its institutions' positions) and what it is called. */
export interface Place {
  key: string
  position: Position
  country: CountryCode
  /** The city most of its institutions are in. */
  city: string
  institutions: number
}

/**
 * The places of a band, numbered in the order of their keys: what a change of filter counts links by, worked out
 * once for the data, so that counting looks up one number per end of a link.
 */
export interface Places {
  /** The places' keys in order; a place's number is its key's index. */
  keys: readonly string[]
  /** Each institution's place, by number; an institution without a position has none. */
  numberOf: ReadonlyMap<string, number>
  byKey: ReadonlyMap<string, Place>
  /** The great-circle lines between places, by flow id, kept as flows are first drawn: filters draw them again. */
  lines: Map<string, Position[][]>
}

/** The places of any band for one set of institutions, each band's worked out once: a filter does not move them. */
export type BandPlaces = (band: Band) => Places

export function bandPlaces(
  institutions: readonly InstitutionSummary[],
  positions: ReadonlyMap<string, Position>,
): BandPlaces {
  const worked = new Map<string, Places>()
  return (band) => {
    const key = band.kind === 'country' ? band.kind : String(band.degrees)
    const known = worked.get(key)
    if (known) return known
    const places = placesAt(band, institutions, positions)
    worked.set(key, places)
    return places
  }
}

/**
 * Groups the institutions into the band's places, each drawn at the mean of its members' positions, and numbers the
 * places in the order of their keys.
 */
export function placesAt(
  band: Band,
  institutions: readonly InstitutionSummary[],
  positions: ReadonlyMap<string, Position>,
): Places {
  const members = new Map<string, { institution: InstitutionSummary; position: Position }[]>()
  for (const institution of institutions) {
    const position = positions.get(institution.id)
    if (!position) continue
    const key = placeKey(band, institution.country, position)
    const list = members.get(key) ?? []
    list.push({ institution, position })
    members.set(key, list)
  }
  const keys = [...members.keys()].sort()
  const numberOf = new Map<string, number>()
  const byKey = new Map<string, Place>()
  keys.forEach((key, number) => {
    const list = members.get(key) ?? []
    for (const { institution } of list) numberOf.set(institution.id, number)
    byKey.set(key, {
      key,
      position: meanPosition(list.map(({ position }) => position)),
      country: list[0]?.institution.country ?? ('' as CountryCode),
      city: mostCommon(list.map(({ institution }) => institution.city)),
      institutions: list.length,
    })
  })
  return { keys, numberOf, byKey, lines: new Map() }
}

function placeKey(band: Band, country: CountryCode, [lon, lat]: Position): string {
  if (band.kind === 'country') return country
  return `${Math.floor(lon / band.degrees)}:${Math.floor(lat / band.degrees)}`
}

/** The mean of positions, taken on the sphere so that places across the antimeridian meet in the middle. */
function meanPosition(positions: readonly Position[]): Position {
  let x = 0
  let y = 0
  let latSum = 0
  for (const [lon, lat] of positions) {
    x += Math.cos((lon * Math.PI) / 180)
    y += Math.sin((lon * Math.PI) / 180)
    latSum += lat
  }
  return [(Math.atan2(y, x) * 180) / Math.PI, latSum / positions.length]
}

function mostCommon(values: readonly string[]): string {
  const tally = new Map<string, number>()
  let best = ''
  let bestCount = 0
  for (const value of values) {
    const count = (tally.get(value) ?? 0) + 1
    tally.set(value, count)
    if (count > bestCount) {
      best = value
      bestCount = count
    }
  }
  return best
}
