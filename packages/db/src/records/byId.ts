import { type GroupInput, type Institution, type LinkInput, partialDateOf } from '@atlas/schema'
import type { Kysely } from 'kysely'
import { listGroups } from '../queries/groups'
import type { Database } from '../types'

// Records read whole, in the shared schema's shape (what forms edit and history keeps), by a list of ids: one query
// per table whatever the count, so an import reads a batch at a time and an editor's form reads one.

/** The institutions with these ids, with their sources and facts, as the shared schema writes an institution. */
export async function institutionsById(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, Institution>> {
  if (ids.length === 0) return new Map()
  const [rows, sources, facts] = await Promise.all([
    db
      .selectFrom('institutions')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('institution_sources')
      .selectAll()
      .where('institution_id', 'in', [...ids])
      .orderBy('source_id')
      .execute(),
    db
      .selectFrom('facts')
      .selectAll()
      .where('institution_id', 'in', [...ids])
      .orderBy('position')
      .execute(),
  ])
  const sourcesOf = groupBy(sources, (s) => s.institution_id)
  const factsOf = groupBy(facts, (f) => f.institution_id)
  return new Map(
    rows.map((row): [string, Institution] => [
      row.id,
      {
        id: row.id,
        name: row.name,
        nativeName: row.native_name,
        altNames: row.alt_names,
        kind: row.kind,
        country: row.country,
        city: row.city,
        lon: row.lon,
        lat: row.lat,
        precision: row.precision,
        website: row.website,
        sourceIds: (sourcesOf.get(row.id) ?? []).map((s) => s.source_id),
        coordinateSourceId: row.coordinate_source_id,
        facts: (factsOf.get(row.id) ?? []).map((f) => ({
          id: f.id,
          label: f.label,
          text: f.text,
          value: f.value,
          sourceId: f.source_id,
          excerpt: f.excerpt,
        })),
      },
    ]),
  )
}

/** A link as written, with the group it draws (null for a link of its own). */
export type StoredLink = LinkInput & { groupId: string | null }

/** The links with these ids, their initiatives in id order (a link's initiatives are a set). */
export async function linksById(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, StoredLink>> {
  if (ids.length === 0) return new Map()
  const [rows, initiatives] = await Promise.all([
    db
      .selectFrom('links')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute(),
    db
      .selectFrom('link_initiatives')
      .selectAll()
      .where('link_id', 'in', [...ids])
      .orderBy('initiative_id')
      .execute(),
  ])
  const initiativesOf = groupBy(initiatives, (i) => i.link_id)
  return new Map(
    rows.map((row): [string, StoredLink] => [
      row.id,
      {
        id: row.id,
        from: row.from_id,
        to: row.to_id,
        kind: row.kind,
        initiatives: (initiativesOf.get(row.id) ?? []).map((i) => i.initiative_id),
        start: partialDateOf(row.start_date, row.start_precision),
        end: partialDateOf(row.end_date, row.end_precision),
        status: row.status,
        description: row.description,
        sourceId: row.source_id,
        groupId: row.group_id,
      },
    ]),
  )
}

/** The groups with these ids as GroupInput, the shape a group's history keeps. */
export async function groupsById(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, GroupInput>> {
  const groups = await listGroups(db, ids)
  return new Map(
    groups.map(({ foundedDate, foundedPrecision, ...group }): [string, GroupInput] => [
      group.id,
      { ...group, founded: partialDateOf(foundedDate, foundedPrecision) },
    ]),
  )
}

/** Rows by a key, each list in the order of the rows (Map.groupBy arrives with Node 21). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}
