import { isDeepStrictEqual } from 'node:util'
import { type GroupInput, type MemberImportRow, membershipLinkId } from '@atlas/schema'
import type { Kysely } from 'kysely'
import { recordChanges } from '../history/recordChange'
import { groupsById } from '../records/byId'
import { groupRows, linkRows } from '../records/rows'
import { membershipLinks } from '../seed/membershipLinks'
import type { Database } from '../types'
import { resolveInstitution } from './institutionRef'
import type { BatchWriter, ImportContext, KindHandler, LineRow } from './kindHandler'
import { writeNothing } from './kindHandler'
import type { InstitutionIndex } from './knownRecords'

type Member = GroupInput['members'][number]

/** A group the file changes: as it was, its members as the file leaves them, and the line of each change. */
interface ChangedGroup {
  before: GroupInput
  members: Map<string, Member>
  lineOf: Map<string, number>
}

/**
 * Members files: each row adds an institution to a group or changes its role or dates. A member belongs to its
 * group's record, so the changes are gathered per group and written after the last row: the group once in
 * history, its members, and the links that join them to its seat (the map draws a group through them).
 */
export function membersHandler(
  context: ImportContext,
  known: InstitutionIndex,
): KindHandler<MemberImportRow> {
  const { db, issues, tally, columns } = context
  const groups = new Map<string, ChangedGroup | null>()

  return {
    async checkBatch(rows: readonly LineRow<MemberImportRow>[]): Promise<BatchWriter> {
      const unread = [...new Set(rows.map(({ row }) => row.group))].filter((id) => !groups.has(id))
      const stored = await groupsById(db, unread)
      for (const id of unread) {
        const before = stored.get(id)
        groups.set(
          id,
          before
            ? { before, members: new Map(before.members.map((m) => [m.institutionId, m])), lineOf: new Map() }
            : null,
        )
      }
      for (const { line, row } of rows) {
        const group = groups.get(row.group)
        if (!group) issues.add(line, 'group', `there is no group with the id "${row.group}" in the atlas`)
        const institutionId = resolveInstitution(known, issues, row.institution, line, 'institution')
        if (!group || !institutionId) continue
        const earlier = group.lineOf.get(institutionId)
        if (earlier !== undefined) {
          issues.add(line, 'institution', `line ${earlier} already lists ${institutionId} in ${row.group}`)
          continue
        }
        group.lineOf.set(institutionId, line)
        const current = group.members.get(institutionId)
        const member: Member = {
          institutionId,
          role: row.role,
          joined: columns.has('joined') || !current ? (row.joined ?? null) : current.joined,
          left: columns.has('left') || !current ? (row.left ?? null) : current.left,
        }
        if (!current) tally.created += 1
        else if (isDeepStrictEqual(current, member)) tally.unchanged += 1
        else tally.updated += 1
        group.members.set(institutionId, member)
      }
      return writeNothing
    },

    async finish(): Promise<BatchWriter> {
      const changes = [...groups.values()].flatMap((group) => {
        if (!group) return []
        const after: GroupInput = { ...group.before, members: [...group.members.values()] }
        return isDeepStrictEqual(group.before, after)
          ? []
          : [{ before: group.before, after, lineOf: group.lineOf }]
      })
      for (const change of changes)
        await checkSeatLinks(db, change.before, change.after, change.lineOf, context)
      return async (trx, userId) => {
        for (const { before, after } of changes) await writeMembers(trx, before, after)
        await recordChanges(
          trx,
          userId,
          changes.map(({ before, after }) => ({
            entity: 'group',
            recordId: after.id,
            action: 'update',
            before,
            after,
          })),
        )
      }
    },
  }
}

/**
 * A new member is drawn by a link to the seat, which cannot be added where the two are already joined by a link
 * of the group's kind (the database allows one link of a kind between two institutions).
 */
async function checkSeatLinks(
  db: Kysely<Database>,
  before: GroupInput,
  after: GroupInput,
  lineOf: ReadonlyMap<string, number>,
  { issues }: ImportContext,
): Promise<void> {
  const joining = after.members
    .map((m) => m.institutionId)
    .filter((id) => id !== after.seatId && !before.members.some((m) => m.institutionId === id))
  if (joining.length === 0) return
  const links = await db
    .selectFrom('links')
    .select(['id', 'from_id', 'to_id'])
    .where('kind', '=', after.linkKind)
    .where((eb) =>
      eb.or([
        eb.and([eb('from_id', 'in', joining), eb('to_id', '=', after.seatId)]),
        eb.and([eb('to_id', 'in', joining), eb('from_id', '=', after.seatId)]),
      ]),
    )
    .execute()
  for (const link of links) {
    const member = link.from_id === after.seatId ? link.to_id : link.from_id
    if (link.id === membershipLinkId(after.id, member)) continue
    issues.add(
      lineOf.get(member) ?? 1,
      'institution',
      `${member} is already joined to ${after.seatId}, the seat of ${after.id}, by the ${after.linkKind} link "${link.id}", so its membership cannot be drawn; remove that link first`,
    )
  }
}

/** Writes a group's changed members, the links that draw them, and raises the group's version. */
async function writeMembers(trx: Kysely<Database>, before: GroupInput, after: GroupInput): Promise<void> {
  const changed = new Set(
    after.members
      .filter((m) => !before.members.some((b) => isDeepStrictEqual(b, m)))
      .map((m) => m.institutionId),
  )
  const members = groupRows(after).members.filter((m) => changed.has(m.institution_id))
  await trx
    .insertInto('group_members')
    .values(members)
    .onConflict((oc) =>
      oc.columns(['group_id', 'institution_id']).doUpdateSet((eb) => ({
        role: eb.ref('excluded.role'),
        joined_date: eb.ref('excluded.joined_date'),
        joined_precision: eb.ref('excluded.joined_precision'),
        left_date: eb.ref('excluded.left_date'),
        left_precision: eb.ref('excluded.left_precision'),
      })),
    )
    .execute()
  await trx
    .updateTable('groups')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', after.id)
    .execute()
  const drawn = new Map(membershipLinks(before).map((link) => [link.id, link]))
  const links = membershipLinks(after)
    .filter((link) => !isDeepStrictEqual(drawn.get(link.id), link))
    .map(linkRows)
  if (links.length === 0) return
  await trx
    .insertInto('links')
    .values(links.map((r) => r.link))
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        start_date: eb.ref('excluded.start_date'),
        start_precision: eb.ref('excluded.start_precision'),
        end_date: eb.ref('excluded.end_date'),
        end_precision: eb.ref('excluded.end_precision'),
        status: eb.ref('excluded.status'),
        version: eb('links.version', '+', 1),
      })),
    )
    .execute()
  await trx
    .insertInto('link_initiatives')
    .values(links.flatMap((r) => r.initiatives))
    .onConflict((oc) => oc.doNothing())
    .execute()
}
