import type { GroupDetail } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'
import { listGroups } from './groups'
import { listInstitutionsById } from './institutions'
import { listSources } from './sources'

/** Everything a group's page shows: the group, its seat, each member with its role, and the source it cites. */
export async function getGroupDetail(db: Kysely<Database>, id: string): Promise<GroupDetail | undefined> {
  const [group] = await listGroups(db, [id])
  if (!group) return undefined
  const [institutions, sources] = await Promise.all([
    listInstitutionsById(db, [
      group.seatId,
      ...(group.foundedAtId ? [group.foundedAtId] : []),
      ...group.members.map((member) => member.institutionId),
    ]),
    listSources(db, [group.sourceId]),
  ])
  const byId = new Map(institutions.map((institution) => [institution.id, institution]))
  // Foreign keys keep the seat and every member an institution.
  const seat = byId.get(group.seatId)
  if (!seat) return undefined
  return {
    group,
    seat,
    foundedAt: (group.foundedAtId && byId.get(group.foundedAtId)) || null,
    // In the source's order, as listGroups keeps it.
    members: group.members.flatMap(({ institutionId, role }) => {
      const institution = byId.get(institutionId)
      return institution ? [{ institution, role }] : []
    }),
    sources,
  }
}
