import { isDeepStrictEqual } from 'node:util'
import type { LinkImportRow, LinkInput } from '@atlas/schema'
import type { Kysely } from 'kysely'
import { type ChangeEntry, recordChanges } from '../history/recordChange'
import { existingInitiativeIds } from '../queries/initiatives'
import { linksById, type StoredLink } from '../records/byId'
import { linkRows } from '../records/rows'
import type { Database } from '../types'
import { resolveInstitution } from './institutionRef'
import type { BatchWriter, ImportContext, KindHandler, LineRow } from './kindHandler'
import { writeNothing } from './kindHandler'
import type { InstitutionIndex } from './knownRecords'
import { slugOf, uniqueSlug } from './slug'
import { type SourcePlanner, writeSources } from './sources'

/**
 * Links files: each row creates a link between two institutions already in the atlas, or updates the link its id
 * names. As the database allows one link of a kind between two institutions (either way round), a row that would
 * add a second is refused, naming the link to update instead.
 */
export function linksHandler(
  context: ImportContext,
  known: InstitutionIndex,
  linkIds: ReadonlySet<string>,
  sources: SourcePlanner,
): KindHandler<LinkImportRow> {
  const { db, issues, tally, columns } = context
  const lineOfId = new Map<string, number>()
  const lineOfPair = new Map<string, number>()

  return {
    async checkBatch(rows: readonly LineRow<LinkImportRow>[]): Promise<BatchWriter> {
      const ends = rows.map(({ line, row }) => ({
        from: resolveInstitution(known, issues, row.from, line, 'from'),
        to: resolveInstitution(known, issues, row.to, line, 'to'),
      }))
      const endIds = [...new Set(ends.flatMap(({ from, to }) => (from && to ? [from, to] : [])))]
      const [stored, pairs, initiatives] = await Promise.all([
        linksById(
          db,
          rows.flatMap(({ row }) => (row.id && linkIds.has(row.id) ? [row.id] : [])),
        ),
        linksByPair(db, endIds),
        existingInitiativeIds(db, [...new Set(rows.flatMap(({ row }) => row.initiatives))]),
      ])
      const written: { before: LinkInput | null; after: LinkInput }[] = []
      rows.forEach(({ line, row }, index) => {
        const problems = issues.count
        const { from, to } = ends[index] ?? {}
        const sourceId = sources.resolve(row.source, line)
        for (const initiative of row.initiatives) {
          if (!initiatives.has(initiative)) {
            issues.add(line, 'initiatives', `there is no initiative with the id "${initiative}" in the atlas`)
          }
        }
        const earlier = row.id ? lineOfId.get(row.id) : undefined
        if (row.id && earlier !== undefined)
          issues.add(line, 'id', `the id "${row.id}" is already used on line ${earlier}`)
        const stale = row.id ? stored.get(row.id) : undefined
        if (stale?.groupId) {
          issues.add(
            line,
            'id',
            `the link "${stale.id}" joins a member to the seat of the group "${stale.groupId}"; change it with a members file`,
          )
        }
        if (!from || !to) return
        if (from === to) issues.add(line, 'to', 'a link cannot join an institution to itself')
        const id =
          row.id ?? uniqueSlug(slugOf(`${from} ${to}`, 'link'), (id) => linkIds.has(id) || lineOfId.has(id))
        if (!lineOfId.has(id)) lineOfId.set(id, line)
        const pair = pairKey(from, to, row.kind)
        const earlierPair = lineOfPair.get(pair)
        const existingPair = pairs.get(pair)
        if (earlierPair !== undefined) {
          issues.add(
            line,
            'to',
            `line ${earlierPair} already joins these two institutions with a ${row.kind} link`,
          )
        } else if (existingPair && existingPair !== id) {
          issues.add(
            line,
            'to',
            `the atlas already has a ${row.kind} link between ${from} and ${to} ("${existingPair}"); to update it, write its id in the id column`,
          )
        }
        lineOfPair.set(pair, earlierPair ?? line)
        if (issues.count > problems || !sourceId) return
        const before = stale ? withoutGroup(stale) : null
        const after = linkAfter(before, row, { id, from, to, sourceId }, columns)
        if (!before) tally.created += 1
        else if (isDeepStrictEqual(before, after)) tally.unchanged += 1
        else tally.updated += 1
        if (!before || !isDeepStrictEqual(before, after)) written.push({ before, after })
      })
      const newSources = sources.takeNew()
      return async (trx, userId) => {
        await writeSources(trx, userId, newSources)
        await writeLinks(
          trx,
          written.map((w) => w.after),
          written.flatMap((w) => (w.before ? [w.before.id] : [])),
        )
        await recordChanges(
          trx,
          userId,
          written.map(
            ({ before, after }): ChangeEntry => ({
              entity: 'link',
              recordId: after.id,
              action: before ? 'update' : 'create',
              before,
              after,
            }),
          ),
        )
      }
    },
    finish: async () => writeNothing,
  }
}

/** The link as the row leaves it: the row's values for the columns the file has, the rest as they were. */
function linkAfter(
  before: LinkInput | null,
  row: LinkImportRow,
  resolved: { id: string; from: string; to: string; sourceId: string },
  columns: ReadonlySet<string>,
): LinkInput {
  const given = <T>(column: string, value: T, old: T | undefined): T =>
    columns.has(column) || old === undefined ? value : old
  return {
    id: resolved.id,
    from: resolved.from,
    to: resolved.to,
    kind: row.kind,
    initiatives: [...new Set(row.initiatives)].sort(),
    start: given('start', row.start ?? null, before?.start),
    end: given('end', row.end ?? null, before?.end),
    status: given('status', row.status ?? 'unknown', before?.status),
    description: given('description', row.description ?? null, before?.description),
    sourceId: resolved.sourceId,
  }
}

function withoutGroup({ groupId: _, ...link }: StoredLink): LinkInput {
  return link
}

/** One key for a pair of institutions and a kind, whichever way round: the database's uniqueness rule. */
function pairKey(a: string, b: string, kind: string): string {
  return a < b ? `${a} ${b} ${kind}` : `${b} ${a} ${kind}`
}

/** The links among these institutions, by pair and kind. */
async function linksByPair(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('links')
    .select(['id', 'from_id', 'to_id', 'kind'])
    .where('from_id', 'in', [...ids])
    .where('to_id', 'in', [...ids])
    .execute()
  return new Map(rows.map((row) => [pairKey(row.from_id, row.to_id, row.kind), row.id]))
}

/** Inserts new links and rewrites updated ones (raising their version), with their initiatives. */
async function writeLinks(
  trx: Kysely<Database>,
  links: readonly LinkInput[],
  updatedIds: readonly string[],
): Promise<void> {
  if (links.length === 0) return
  const rows = links.map((link) => linkRows({ ...link, groupId: null }))
  await trx
    .insertInto('links')
    .values(rows.map((r) => r.link))
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        from_id: eb.ref('excluded.from_id'),
        to_id: eb.ref('excluded.to_id'),
        kind: eb.ref('excluded.kind'),
        start_date: eb.ref('excluded.start_date'),
        start_precision: eb.ref('excluded.start_precision'),
        end_date: eb.ref('excluded.end_date'),
        end_precision: eb.ref('excluded.end_precision'),
        status: eb.ref('excluded.status'),
        description: eb.ref('excluded.description'),
        source_id: eb.ref('excluded.source_id'),
        version: eb('links.version', '+', 1),
      })),
    )
    .execute()
  if (updatedIds.length > 0)
    await trx
      .deleteFrom('link_initiatives')
      .where('link_id', 'in', [...updatedIds])
      .execute()
  await trx
    .insertInto('link_initiatives')
    .values(rows.flatMap((r) => r.initiatives))
    .execute()
}
