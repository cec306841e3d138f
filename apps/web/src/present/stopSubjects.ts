import { greatCirclePath, type Position } from '@atlas/geo'
import type { InstitutionSummary, Link, TourStop } from '@atlas/schema'
import { type FilterableAtlas, type FilteredAtlas, filterAtlas } from '../data/filterAtlas'
import type { StopView } from './stopToView'

/** What the map holds, as the stops' subjects are looked up in it: the data as the filter reads it. */
export type SubjectData = FilterableAtlas

/** A stop as far as its subjects go: the institutions it names, and the filter and selection it shows. */
export type StopSubject = Pick<TourStop, 'focus'> & Pick<StopView, 'filter' | 'selection'>

/**
 * The institutions a stop is about, by id: those it names (`focus`) and its selection; or, for a stop that names
 * none, its selection and everything its filter shows. Ids the data does not hold are left out.
 */
export function stopSubjectIds(stop: StopSubject, data: SubjectData): Set<string> {
  return subjectIds(stop, data, filterAtlas(data, stop.filter))
}

/**
 * Where on the map a stop's subjects are: the institutions, and every point of the arcs the stop shows between them
 * (and of the link it selects), which curve away from the straight line between their ends.
 */
export function stopSubjectPoints(stop: StopSubject, data: SubjectData): Position[] {
  const shown = filterAtlas(data, stop.filter)
  const ids = subjectIds(stop, data, shown)
  const at = new Map(data.institutions.map((institution) => [institution.id, institution]))
  const selected = stop.selection?.type === 'link' ? stop.selection.id : null
  const arcs = [
    ...shown.links.filter((link) => link.id !== selected && ids.has(link.fromId) && ids.has(link.toId)),
    ...data.links.filter(({ link }) => link.id === selected).map(({ link }) => link),
  ]
  return [
    ...[...ids].flatMap((id): Position[] => {
      const institution = at.get(id)
      return institution ? [[institution.lon, institution.lat]] : []
    }),
    ...arcs.flatMap((link) => arc(link, at)),
  ]
}

function subjectIds(stop: StopSubject, data: SubjectData, shown: FilteredAtlas): Set<string> {
  const known = new Set(data.institutions.map((institution) => institution.id))
  const named = stop.focus ?? shown.institutions.map((institution) => institution.id)
  return new Set([...named, ...selectedIds(stop.selection, data)].filter((id) => known.has(id)))
}

function arc(link: Link, at: ReadonlyMap<string, InstitutionSummary>): Position[] {
  const from = at.get(link.fromId)
  const to = at.get(link.toId)
  return from && to ? greatCirclePath([from.lon, from.lat], [to.lon, to.lat]) : []
}

/** The institutions a selection points at: one, a link's two ends, a country's or a group's. */
function selectedIds(selection: StopView['selection'], data: SubjectData): string[] {
  if (!selection) return []
  switch (selection.type) {
    case 'institution':
      return [selection.id]
    case 'link':
      return data.links
        .filter(({ link }) => link.id === selection.id)
        .flatMap(({ link }) => [link.fromId, link.toId])
    case 'group':
      return data.links
        .filter(({ link }) => link.groupId === selection.id)
        .flatMap(({ link }) => [link.fromId, link.toId])
    case 'country':
      return data.institutions
        .filter((institution) => institution.country === selection.code)
        .map((institution) => institution.id)
  }
}
