import type { AtlasFilter } from './atlasView'

/**
 * Ticks or unticks one item of a list where null means “all”: unticking from “all” lists the others, and a list
 * that comes to hold every item becomes “all” again (so new data is not hidden by an old link).
 */
export function toggleInAllList<T>(list: readonly T[] | null, item: T, all: readonly T[]): T[] | null {
  const current = list ?? all
  const next = current.includes(item) ? current.filter((x) => x !== item) : [...current, item]
  return all.every((x) => next.includes(x)) ? null : next
}

/** Ticks or unticks one item of a list where empty means “all”. */
export function toggleInList<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
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
    filter.countries.length === 0 &&
    filter.linkKinds === null &&
    filter.yearFrom === null &&
    filter.yearTo === null
  )
}
