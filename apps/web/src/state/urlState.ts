import { countryCodeSchema, idSchema, LIMITS, linkKindSchema } from '@atlas/schema'
import type { TourTiming } from '../present/tourPlayer'
import type { AtlasFilter, AtlasView, MapOptions, MapView, Selection, Theme } from './atlasView'
import { joinSearch, otherParams, setSearchParams } from './searchParams'

/**
 * The page's URL, the one description of what it holds: the atlas view, and the tour presenting it.
 *
 * The whole AtlasView as URL search parameters, short enough to read and share:
 *
 *   ?i=belt-and-road,sino-polish-consortium   initiatives (absent: all; empty: none)
 *   &c=PL,CN                                  countries (absent: all; empty: none)
 *   &k=consortium_membership                  link kinds (absent: all; empty: none)
 *   &y=2016-2018                              start years, either end open: y=2016- or y=-2018
 *   &sel=i:lodz-university-of-technology      selection: i:<institution id>, l:<link id>, c:<country code>,
 *                                             g:<group id>
 *   &v=19.5,51.8,4.2,0,0                      map view: lon,lat,zoom[,bearing,pitch]
 *   &theme=dark  &o=pairwise,choropleth,projector  &colour=kind
 *
 * A part equal to the default is left out. Decoding never throws: a part that does not parse falls back to the
 * default, and a list keeps the items that parse.
 *
 * A tour, after the atlas view's parameters:
 *
 *   &tour=sino-polish-consortium   the tour being presented
 *   &stop=3                        its stop, counted from 1 as the audience sees it (absent: the first)
 *   &kiosk=1                       plays by itself and loops (absent: presenting)
 *   &dwell=20                      a kiosk's seconds on each stop (absent: tourPlayer's default)
 *   &idle=60                       seconds a kiosk waits after the last touch before it goes on (absent: default)
 *
 * Parameters with other names (an embed's, read once as the page opens: share/embedUrl.ts) are kept as they are
 * written.
 */
export interface UrlState {
  atlas: AtlasView
  /** The tour the URL presents, or null. */
  tour: TourLocation | null
}

export interface TourLocation {
  tourId: string
  /** Counted from 0. */
  stopIndex: number
  kiosk: boolean
  /** What the URL sets of a kiosk's timing, in milliseconds; the rest is the player's default. */
  timing: Partial<TourTiming>
}

/** The parameters the atlas view owns. */
export const ATLAS_VIEW_PARAMS = ['i', 'c', 'k', 'y', 'sel', 'v', 'theme', 'o', 'colour'] as const

/** The parameters the tour owns, which the atlas view leaves alone. */
export const TOUR_PARAMS = ['tour', 'stop', 'kiosk', 'dwell', 'idle'] as const

/** Seconds a booth can set: from a quick test of the loop to a stop a visitor reads at leisure. */
export const TIMING_SECONDS = { dwell: { min: 2, max: 600 }, idle: { min: 2, max: 3600 } } as const

/** What a search part holds. Never throws. */
export function decodeUrlState(search: string, defaults: AtlasView): UrlState {
  return { atlas: decodeAtlasView(search, defaults), tour: parseTourLocation(search) }
}

/** The on/off options, written in this order in `o=`. */
const OPTION_FLAGS = ['pairwise', 'choropleth', 'projector'] as const
type OptionFlags = Pick<MapOptions, (typeof OPTION_FLAGS)[number]>

const YEAR_MIN = 1800
const YEAR_MAX = 2200
const MAX_LATITUDE = 85.0511
const MAX_ZOOM = 24
const MAX_PITCH = 85

type Parser<T> = (raw: string) => T | undefined

export function decodeAtlasView(search: string, defaults: AtlasView): AtlasView {
  const params = new URLSearchParams(search)
  const read = <T>(key: string, parse: Parser<T>, fallback: T): T => {
    const raw = params.get(key)
    if (raw === null) return fallback
    return parse(raw.trim()) ?? fallback
  }
  const years = read('y', parseYears, { yearFrom: defaults.filter.yearFrom, yearTo: defaults.filter.yearTo })
  const filter: AtlasFilter = {
    initiatives: read('i', listOf(idItem), defaults.filter.initiatives),
    countries: read('c', listOf(countryItem), defaults.filter.countries),
    linkKinds: read('k', listOf(linkKindItem), defaults.filter.linkKinds),
    ...years,
  }
  const flags = read('o', parseOptionFlags, pickFlags(defaults.options))
  return {
    filter,
    selection: read('sel', parseSelection, defaults.selection),
    view: read('v', parseView, defaults.view),
    theme: read('theme', parseTheme, defaults.theme),
    options: { colourBy: read('colour', parseColourBy, defaults.options.colourBy), ...flags },
  }
}

/** The search part of the URL for a view: "" when everything is the default, otherwise "?…". */
export function encodeAtlasView(atlas: AtlasView, defaults: AtlasView): string {
  const parts: [string, string][] = []
  const { filter, options } = atlas
  if (filter.initiatives !== null) parts.push(['i', filter.initiatives.join(',')])
  if (filter.countries !== null) parts.push(['c', filter.countries.join(',')])
  if (filter.linkKinds !== null) parts.push(['k', filter.linkKinds.join(',')])
  if (filter.yearFrom !== null || filter.yearTo !== null) {
    parts.push(['y', `${filter.yearFrom ?? ''}-${filter.yearTo ?? ''}`])
  }
  if (atlas.selection) parts.push(['sel', formatSelection(atlas.selection)])
  const view = formatView(atlas.view)
  if (view !== formatView(defaults.view)) parts.push(['v', view])
  if (atlas.theme !== defaults.theme) parts.push(['theme', atlas.theme])
  if (OPTION_FLAGS.some((flag) => options[flag] !== defaults.options[flag])) {
    parts.push(['o', OPTION_FLAGS.filter((flag) => options[flag]).join(',')])
  }
  if (options.colourBy !== defaults.options.colourBy) parts.push(['colour', options.colourBy])
  if (parts.length === 0) return ''
  return `?${parts.map(([key, value]) => `${key}=${encodeReadably(value)}`).join('&')}`
}

/**
 * A whole search part with the atlas view's parameters replaced by `atlasSearch` (what encodeAtlasView made) and
 * every other parameter kept, as written and in its order, after them.
 */
export function replaceAtlasParams(search: string, atlasSearch: string): string {
  const atlasParts = atlasSearch.replace(/^\?/, '').split('&').filter(Boolean)
  return joinSearch([...atlasParts, ...otherParams(search, ATLAS_VIEW_PARAMS)])
}

/** The tour a URL opens, or null. Never throws: a stop or kiosk flag that does not parse takes its default. */
export function parseTourLocation(search: string): TourLocation | null {
  const params = new URLSearchParams(search)
  const tourId = idSchema.safeParse(params.get('tour')?.trim()).data
  if (tourId === undefined) return null
  const stop = Number(params.get('stop') ?? '1')
  const kiosk = params.get('kiosk')?.trim().toLowerCase()
  const dwellMs = milliseconds(params.get('dwell'), TIMING_SECONDS.dwell)
  const idleMs = milliseconds(params.get('idle'), TIMING_SECONDS.idle)
  return {
    tourId,
    stopIndex: Number.isInteger(stop) && stop >= 1 ? stop - 1 : 0,
    kiosk: kiosk === '' || kiosk === '1' || kiosk === 'true' || kiosk === 'yes',
    timing: {
      ...(dwellMs !== undefined && { dwellMs }),
      ...(idleMs !== undefined && { idleMs }),
    },
  }
}

/** Seconds as written, brought within bounds, in milliseconds; undefined when absent or not a number. */
function milliseconds(raw: string | null, bounds: { min: number; max: number }): number | undefined {
  if (raw === null || raw.trim() === '') return undefined
  const seconds = Number(raw)
  if (!Number.isFinite(seconds)) return undefined
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, seconds)) * 1000)
}

/** The search part with the tour set (or removed, for null), keeping every other parameter as written. */
export function withTourLocation(search: string, location: TourLocation | null): string {
  return setSearchParams(search, {
    tour: location?.tourId ?? null,
    stop: location && location.stopIndex > 0 ? String(location.stopIndex + 1) : null,
    kiosk: location?.kiosk ? '1' : null,
    dwell: seconds(location?.timing.dwellMs),
    idle: seconds(location?.timing.idleMs),
  })
}

function seconds(ms: number | undefined): string | null {
  return ms === undefined ? null : String(ms / 1000)
}

/** Percent-encodes what must be, keeping the commas and colons that make the parameters readable. */
function encodeReadably(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')
}

const idItem: Parser<string> = (raw) => idSchema.safeParse(raw).data
const countryItem = (raw: string) => countryCodeSchema.safeParse(raw.toUpperCase()).data
const linkKindItem = (raw: string) => linkKindSchema.safeParse(raw).data

/** "" is the empty list; otherwise the items that parse, once each, or nothing when none do. */
function listOf<T>(item: Parser<T>): Parser<T[]> {
  return (raw) => {
    if (raw === '') return []
    const items = [...new Set(raw.split(',').map((part) => item(part.trim())))]
      .filter((parsed): parsed is T => parsed !== undefined)
      .slice(0, LIMITS.filterItems)
    return items.length > 0 ? items : undefined
  }
}

function parseYears(raw: string): Pick<AtlasFilter, 'yearFrom' | 'yearTo'> | undefined {
  const match = /^(\d{4})?(-)?(\d{4})?$/.exec(raw)
  if (!match || raw === '' || raw === '-') return undefined
  const [, from, dash, to] = match
  if (!dash && to) return undefined
  const yearFrom = from ? Number(from) : null
  const yearTo = dash ? (to ? Number(to) : null) : yearFrom
  const inRange = (year: number | null) => year === null || (year >= YEAR_MIN && year <= YEAR_MAX)
  if (!inRange(yearFrom) || !inRange(yearTo)) return undefined
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) return undefined
  return { yearFrom, yearTo }
}

function formatSelection(selection: NonNullable<Selection>): string {
  switch (selection.type) {
    case 'institution':
      return `i:${selection.id}`
    case 'link':
      return `l:${selection.id}`
    case 'country':
      return `c:${selection.code}`
    case 'group':
      return `g:${selection.id}`
  }
}

function parseSelection(raw: string): Selection | undefined {
  const [prefix, value = ''] = raw.split(/:(.*)/s)
  if (prefix === 'i') return mapDefined(idItem(value), (id) => ({ type: 'institution', id }))
  if (prefix === 'l') return mapDefined(idItem(value), (id) => ({ type: 'link', id }))
  if (prefix === 'c') return mapDefined(countryItem(value), (code) => ({ type: 'country', code }))
  if (prefix === 'g') return mapDefined(idItem(value), (id) => ({ type: 'group', id }))
  return undefined
}

function mapDefined<T, U>(value: T | undefined, to: (value: T) => U): U | undefined {
  return value === undefined ? undefined : to(value)
}

/** Rounded to what a view needs: about ten metres, a hundredth of a zoom level, a tenth of a degree. */
function formatView(view: MapView): string {
  const round = (value: number, digits: number) => String(Number(value.toFixed(digits)))
  return [
    round(wrapDegrees(view.lon), 4),
    round(view.lat, 4),
    round(view.zoom, 2),
    round(wrapDegrees(view.bearing), 1),
    round(view.pitch, 1),
  ].join(',')
}

function parseView(raw: string): MapView | undefined {
  const parts = raw.split(',')
  if (parts.length < 3 || parts.length > 5 || parts.some((part) => part.trim() === '')) return undefined
  const [lon = 0, lat = 0, zoom = 0, bearing = 0, pitch = 0] = parts.map(Number)
  if (![lon, lat, zoom, bearing, pitch].every(Number.isFinite)) return undefined
  if (Math.abs(lat) > MAX_LATITUDE || zoom < 0 || zoom > MAX_ZOOM || pitch < 0 || pitch > MAX_PITCH) {
    return undefined
  }
  return { lon: wrapDegrees(lon), lat, zoom, bearing: wrapDegrees(bearing), pitch }
}

/** An angle in degrees brought into [-180, 180), as a map reports a longitude after panning round the world. */
function wrapDegrees(degrees: number): number {
  if (degrees >= -180 && degrees < 180) return degrees + 0 // + 0 turns -0 into 0
  return ((((degrees + 180) % 360) + 360) % 360) - 180
}

function parseTheme(raw: string): Theme | undefined {
  return raw === 'light' || raw === 'dark' ? raw : undefined
}

function parseColourBy(raw: string): MapOptions['colourBy'] | undefined {
  return raw === 'initiative' || raw === 'kind' ? raw : undefined
}

function pickFlags(options: MapOptions): OptionFlags {
  return { pairwise: options.pairwise, choropleth: options.choropleth, projector: options.projector }
}

/** `o=` lists the flags that are on; the ones it leaves out are off. */
function parseOptionFlags(raw: string): OptionFlags {
  const on = new Set(raw.split(',').map((flag) => flag.trim()))
  return { pairwise: on.has('pairwise'), choropleth: on.has('choropleth'), projector: on.has('projector') }
}
