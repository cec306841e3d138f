import type { Dataset } from '@atlas/schema'
import type { Insertable, Kysely, Transaction } from 'kysely'
import { groupRows, initiativeRows, institutionRows, linkRows, sourceRow, tourRows } from '../records/rows'
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
    data.sources.map((s) => sourceRow(s, documentText(s, documents))),
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
  const rows = data.initiatives.map(initiativeRows)
  const count = await insertNew(
    trx,
    'initiatives',
    rows.map((r) => r.initiative),
  )
  await insertNew(
    trx,
    'initiative_sources',
    rows.flatMap((r) => r.sources),
  )
  return count
}

async function writeInstitutions(trx: Trx, data: Dataset) {
  const rows = data.institutions.map(institutionRows)
  const count = await insertNew(
    trx,
    'institutions',
    rows.map((r) => r.institution),
  )
  await insertNew(
    trx,
    'institution_sources',
    rows.flatMap((r) => r.sources),
  )
  await insertNew(
    trx,
    'facts',
    rows.flatMap((r) => r.facts),
  )
  return count
}

async function writeGroups(trx: Trx, data: Dataset) {
  const rows = data.groups.map(groupRows)
  const count = await insertNew(
    trx,
    'groups',
    rows.map((r) => r.group),
  )
  await insertNew(
    trx,
    'group_initiatives',
    rows.flatMap((r) => r.initiatives),
  )
  await insertNew(
    trx,
    'group_members',
    rows.flatMap((r) => r.members),
  )
  return count
}

async function writeLinks(trx: Trx, data: Dataset) {
  const rows = [
    ...data.links.map((link) => ({ ...link, groupId: null })),
    ...data.groups.flatMap(membershipLinks),
  ].map(linkRows)
  const count = await insertNew(
    trx,
    'links',
    rows.map((r) => r.link),
  )
  await insertNew(
    trx,
    'link_initiatives',
    rows.flatMap((r) => r.initiatives),
  )
  return count
}

async function writeTours(trx: Trx, data: Dataset) {
  const rows = data.tours.map(tourRows)
  const count = await insertNew(
    trx,
    'tours',
    rows.map((r) => r.tour),
  )
  await insertNew(
    trx,
    'tour_sources',
    rows.flatMap((r) => r.sources),
  )
  await insertNew(
    trx,
    'tour_stops',
    rows.flatMap((r) => r.stops),
  )
  return count
}
