import type { AtlasFilter } from './atlasView'

/**
 * Ticks or unticks one item of a list where null means “all”: unticking from “all” lists the others, and a list
 * that comes to hold every item becomes “all” again (so new data is not hidden by an old link).
 */
export function toggleInAllList<T>(list: readonly T[] | null, item: T, all: readonly T[]): T[] | null {
  return tickInAllList(list, [item], !(list ?? all).includes(item), all)
}

/** Ticks (or unticks) several items at once of a list where null means “all”, as a parent initiative's row does. */
export function tickInAllList<T>(
  list: readonly T[] | null,
  items: readonly T[],
  ticked: boolean,
  all: readonly T[],
): T[] | null {
  const current = list ?? all
  const next = ticked
    ? [...current, ...items.filter((item) => !current.includes(item))]
    : current.filter((item) => !items.includes(item))
  return all.every((item) => next.includes(item)) ? null : next
}

/** How a row that stands for several items shows: all of them ticked, none, or some (a mixed checkbox). */
export function tickState<T>(
  list: readonly T[] | null,
  items: readonly T[],
): 'checked' | 'unchecked' | 'mixed' {
  if (list === null) return 'checked'
  const ticked = items.filter((item) => list.includes(item)).length
  return ticked === items.length ? 'checked' : ticked === 0 ? 'unchecked' : 'mixed'
}

/**
 * Ticks or unticks one item of a list where null means no restriction (the countries): ticking the first item
 * restricts to it, unticking the last lifts the restriction.
 */
export function toggleInList<T>(list: readonly T[] | null, item: T): T[] | null {
  const current = list ?? []
  const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item]
  return next.length === 0 ? null : next
}

export interface YearDomain {
  from: number
  to: number
}

/**
 * The year bounds a pair of sliders stands for: a thumb at the end of its track is no bound, so the full range
 * shows everything, undated partnerships included. The two thumbs cannot cross.
 */
export function yearBounds(
  from: number,
  to: number,
  domain: YearDomain,
): Pick<AtlasFilter, 'yearFrom' | 'yearTo'> {
  const low = clamp(Math.min(from, to), domain)
  const high = clamp(Math.max(from, to), domain)
  return { yearFrom: low <= domain.from ? null : low, yearTo: high >= domain.to ? null : high }
}

function clamp(year: number, domain: YearDomain): number {
  return Math.min(domain.to, Math.max(domain.from, Math.round(year)))
}

/**
 * One step of “play”, which moves the end of the range a year at a time from the first year in the data up to
 * now. The step that reaches now opens the range again (null), so undated partnerships join at the end; that is
 * where playing stops.
 */
export function nextPlayYear(yearTo: number, domain: YearDomain): number | null {
  return yearTo + 1 >= domain.to ? null : yearTo + 1
}

/** Whether the filter shows everything. */
export function isUnfiltered(filter: AtlasFilter): boolean {
  return (
    filter.initiatives === null &&
    filter.countries === null &&
    filter.linkKinds === null &&
    filter.yearFrom === null &&
    filter.yearTo === null
  )
}
