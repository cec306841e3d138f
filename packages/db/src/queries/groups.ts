import { type Group, groupTranslationsSchema, partialDateOf } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'

/** Groups with their members (in the order the source lists them) and initiatives; `ids` narrows the list. */
export async function listGroups(db: Kysely<Database>, ids?: readonly string[]): Promise<Group[]> {
  let query = db.selectFrom('groups').selectAll().orderBy('name')
  if (ids) {
    if (ids.length === 0) return []
    query = query.where('id', 'in', [...ids])
  }
  const groups = await query.execute()
  if (groups.length === 0) return []
  const groupIds = groups.map((g) => g.id)
  const [members, initiatives] = await Promise.all([
    db
      .selectFrom('group_members')
      .selectAll()
      .where('group_id', 'in', groupIds)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('group_initiatives')
      .selectAll()
      .where('group_id', 'in', groupIds)
      .orderBy('initiative_id')
      .execute(),
  ])
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    kind: g.kind,
    seatId: g.seat_id,
    foundedDate: g.founded_date,
    foundedPrecision: g.founded_precision,
    foundedAtId: g.founded_at_id,
    linkKind: g.link_kind,
    initiatives: initiatives.filter((i) => i.group_id === g.id).map((i) => i.initiative_id),
    description: g.description,
    sourceId: g.source_id,
    members: members
      .filter((m) => m.group_id === g.id)
      .map((m) => ({
        institutionId: m.institution_id,
        role: m.role,
        joined: partialDateOf(m.joined_date, m.joined_precision),
        left: partialDateOf(m.left_date, m.left_precision),
      })),
    translations: groupTranslationsSchema.parse(g.translations),
  }))
}

/** The groups one institution belongs to, with its role in each. */
export async function listMemberships(db: Kysely<Database>, institutionId: string) {
  const rows = await db
    .selectFrom('group_members')
    .innerJoin('groups', 'groups.id', 'group_members.group_id')
    .select([
      'groups.id',
      'groups.name',
      'groups.kind',
      'groups.seat_id',
      'group_members.role',
      'groups.source_id',
      'groups.translations',
    ])
    .where('group_members.institution_id', '=', institutionId)
    .orderBy('groups.name')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    seatId: r.seat_id,
    role: r.role,
    sourceId: r.source_id,
    translations: groupTranslationsSchema.parse(r.translations),
  }))
}
