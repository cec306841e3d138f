import {
  foldForSearch,
  type GroupInput,
  type Initiative,
  type Institution,
  type LinkInput,
  type Source,
  splitPartialDate,
  type Tour,
} from '@atlas/schema'
import type { Insertable } from 'kysely'
import type { Database } from '../types'

// Each record of the shared schema as the rows that store it: one mapping, used by the seed, the editors' writes
// and the import, so a record is stored the same way whichever path writes it.

type Row<T extends keyof Database> = Insertable<Database[T]>

/** A record's translations as their column holds them: `{}` for a record that has none. */
export const translationsColumn = (translations: object | undefined) => JSON.stringify(translations ?? {})

const dateColumns = (value: string | null) =>
  value ? splitPartialDate(value) : { date: null, precision: null }

export function sourceRow(s: Source, text: string | null): Row<'sources'> {
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    published_on: s.publishedOn,
    seed_file: s.seedFile,
    url: s.url,
    accessed_on: s.accessedOn,
    text,
  }
}

export function initiativeRows(i: Initiative) {
  return {
    initiative: {
      id: i.id,
      name: i.name,
      colour: i.colour,
      description: i.description,
      parent_id: i.parentId,
      translations: translationsColumn(i.translations),
    } satisfies Row<'initiatives'>,
    sources: i.sourceIds.map(
      (sourceId): Row<'initiative_sources'> => ({ initiative_id: i.id, source_id: sourceId }),
    ),
  }
}

export function institutionRows(i: Institution) {
  return {
    institution: {
      id: i.id,
      name: i.name,
      native_name: i.nativeName,
      alt_names: i.altNames,
      kind: i.kind,
      country: i.country,
      city: i.city,
      lon: i.lon,
      lat: i.lat,
      precision: i.precision,
      website: i.website,
      coordinate_source_id: i.coordinateSourceId,
      search_text: foldForSearch([i.name, i.nativeName ?? '', ...i.altNames].join(' | ')),
    } satisfies Row<'institutions'>,
    sources: i.sourceIds.map(
      (sourceId): Row<'institution_sources'> => ({ institution_id: i.id, source_id: sourceId }),
    ),
    facts: i.facts.map(
      (f, position): Row<'facts'> => ({
        id: f.id,
        institution_id: i.id,
        position,
        label: f.label,
        text: f.text,
        value: f.value,
        source_id: f.sourceId,
        excerpt: f.excerpt,
      }),
    ),
  }
}

export function groupRows(g: GroupInput) {
  const founded = dateColumns(g.founded)
  return {
    group: {
      id: g.id,
      name: g.name,
      kind: g.kind,
      seat_id: g.seatId,
      founded_date: founded.date,
      founded_precision: founded.precision,
      founded_at_id: g.foundedAtId,
      link_kind: g.linkKind,
      description: g.description,
      source_id: g.sourceId,
      translations: translationsColumn(g.translations),
    } satisfies Row<'groups'>,
    initiatives: g.initiatives.map(
      (initiativeId): Row<'group_initiatives'> => ({ group_id: g.id, initiative_id: initiativeId }),
    ),
    members: g.members.map((m, position): Row<'group_members'> => {
      const joined = dateColumns(m.joined)
      const left = dateColumns(m.left)
      return {
        group_id: g.id,
        institution_id: m.institutionId,
        role: m.role,
        position,
        joined_date: joined.date,
        joined_precision: joined.precision,
        left_date: left.date,
        left_precision: left.precision,
      }
    }),
  }
}

export function linkRows(l: LinkInput & { groupId: string | null }) {
  const start = dateColumns(l.start)
  const end = dateColumns(l.end)
  return {
    link: {
      id: l.id,
      from_id: l.from,
      to_id: l.to,
      kind: l.kind,
      start_date: start.date,
      start_precision: start.precision,
      end_date: end.date,
      end_precision: end.precision,
      status: l.status,
      description: l.description,
      group_id: l.groupId,
      source_id: l.sourceId,
    } satisfies Row<'links'>,
    initiatives: l.initiatives.map(
      (initiativeId): Row<'link_initiatives'> => ({ link_id: l.id, initiative_id: initiativeId }),
    ),
  }
}

export function tourRows(t: Tour, position: number) {
  return {
    tour: {
      id: t.id,
      title: t.title,
      description: t.description,
      initiative_id: t.initiativeId,
      position,
      translations: translationsColumn(t.translations),
    } satisfies Row<'tours'>,
    sources: t.sourceIds.map((sourceId): Row<'tour_sources'> => ({ tour_id: t.id, source_id: sourceId })),
    stops: t.stops.map(
      (stop, stopPosition): Row<'tour_stops'> => ({
        tour_id: t.id,
        position: stopPosition,
        title: stop.title,
        caption: stop.caption,
        view: JSON.stringify(stop.view),
        filter: JSON.stringify(stop.filter),
        selection: stop.selection ? JSON.stringify(stop.selection) : null,
        focus: stop.focus ? JSON.stringify(stop.focus) : null,
        pinned: stop.pinned ?? false,
        translations: translationsColumn(stop.translations),
      }),
    ),
  }
}
