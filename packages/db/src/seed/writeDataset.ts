import { type Dataset, foldForSearch, splitPartialDate } from '@atlas/schema'
import type { Insertable, Kysely, Transaction } from 'kysely'
import type { Database } from '../types'
import { membershipLinks } from './membershipLinks'

export type WriteCounts = Record<
  'sources' | 'initiatives' | 'institutions' | 'groups' | 'links' | 'tours',
  number
>

/**
 * Writes a valid data set in one transaction. Records whose id already exists are left as they are, so writing
 * the same set twice changes nothing and never overwrites what editors changed since. `documents` holds the text
 * of the set's documents by their `seedFile`, stored with each new source.
 */
export async function writeDataset(
  db: Kysely<Database>,
  data: Dataset,
  documents: Readonly<Record<string, string>> = {},
): Promise<WriteCounts> {
  return db.transaction().execute(async (trx) => ({
    sources: await writeSources(trx, data, documents),
    initiatives: await writeInitiatives(trx, data),
    institutions: await writeInstitutions(trx, data),
    groups: await writeGroups(trx, data),
    links: await writeLinks(trx, data),
    tours: await writeTours(trx, data),
  }))
}

type Trx = Transaction<Database>

const dateColumns = (value: string | null) =>
  value ? splitPartialDate(value) : { date: null, precision: null }

async function insertNew<T extends keyof Database>(
  trx: Trx,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<number> {
  if (rows.length === 0) return 0
  const result = await trx
    .insertInto(table)
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0)
}

async function writeSources(trx: Trx, data: Dataset, documents: Readonly<Record<string, string>>) {
  return insertNew(
    trx,
    'sources',
    data.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published_on: s.publishedOn,
      seed_file: s.seedFile,
      url: s.url,
      accessed_on: s.accessedOn,
      text: documentText(s, documents),
    })),
  )
}

/** The stored text of a source's document, null where the set holds none. */
export function documentText(
  source: Dataset['sources'][number],
  documents: Readonly<Record<string, string>>,
): string | null {
  return (source.seedFile && documents[source.seedFile]) || null
}

async function writeInitiatives(trx: Trx, data: Dataset) {
  const count = await insertNew(
    trx,
    'initiatives',
    data.initiatives.map((i) => ({
      id: i.id,
      name: i.name,
      colour: i.colour,
      description: i.description,
      parent_id: i.parentId,
    })),
  )
  await insertNew(
    trx,
    'initiative_sources',
    data.initiatives.flatMap((i) =>
      i.sourceIds.map((sourceId) => ({ initiative_id: i.id, source_id: sourceId })),
    ),
  )
  return count
}

async function writeInstitutions(trx: Trx, data: Dataset) {
  const count = await insertNew(
    trx,
    'institutions',
    data.institutions.map((i) => ({
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
    })),
  )
  await insertNew(
    trx,
    'institution_sources',
    data.institutions.flatMap((i) =>
      i.sourceIds.map((sourceId) => ({ institution_id: i.id, source_id: sourceId })),
    ),
  )
  await insertNew(
    trx,
    'facts',
    data.institutions.flatMap((i) =>
      i.facts.map((f, position) => ({
        id: f.id,
        institution_id: i.id,
        position,
        label: f.label,
        text: f.text,
        value: f.value,
        source_id: f.sourceId,
        excerpt: f.excerpt,
      })),
    ),
  )
  return count
}

async function writeGroups(trx: Trx, data: Dataset) {
  const count = await insertNew(
    trx,
    'groups',
    data.groups.map((g) => {
      const founded = dateColumns(g.founded)
      return {
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
      }
    }),
  )
  await insertNew(
    trx,
    'group_initiatives',
    data.groups.flatMap((g) =>
      g.initiatives.map((initiativeId) => ({ group_id: g.id, initiative_id: initiativeId })),
    ),
  )
  await insertNew(
    trx,
    'group_members',
    data.groups.flatMap((g) =>
      g.members.map((m, position) => ({
        group_id: g.id,
        institution_id: m.institutionId,
        role: m.role,
        position,
        joined_date: dateColumns(m.joined).date,
        joined_precision: dateColumns(m.joined).precision,
        left_date: dateColumns(m.left).date,
        left_precision: dateColumns(m.left).precision,
      })),
    ),
  )
  return count
}

async function writeLinks(trx: Trx, data: Dataset) {
  const links = [
    ...data.links.map((link) => ({ ...link, groupId: null })),
    ...data.groups.flatMap(membershipLinks),
  ]
  const count = await insertNew(
    trx,
    'links',
    links.map((l) => {
      const start = dateColumns(l.start)
      const end = dateColumns(l.end)
      return {
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
      }
    }),
  )
  await insertNew(
    trx,
    'link_initiatives',
    links.flatMap((l) =>
      l.initiatives.map((initiativeId) => ({ link_id: l.id, initiative_id: initiativeId })),
    ),
  )
  return count
}

async function writeTours(trx: Trx, data: Dataset) {
  const count = await insertNew(
    trx,
    'tours',
    data.tours.map((t, position) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      initiative_id: t.initiativeId,
      position,
    })),
  )
  await insertNew(
    trx,
    'tour_sources',
    data.tours.flatMap((t) => t.sourceIds.map((sourceId) => ({ tour_id: t.id, source_id: sourceId }))),
  )
  await insertNew(
    trx,
    'tour_stops',
    data.tours.flatMap((t) =>
      t.stops.map((stop, position) => ({
        tour_id: t.id,
        position,
        title: stop.title,
        caption: stop.caption,
        view: JSON.stringify(stop.view),
        filter: JSON.stringify(stop.filter),
        selection: stop.selection ? JSON.stringify(stop.selection) : null,
        focus: stop.focus ? JSON.stringify(stop.focus) : null,
        pinned: stop.pinned ?? false,
      })),
    ),
  )
  return count
}
