import { type GroupInput, type LinkInput, membershipLinkId } from '@atlas/schema'

/** A group's members joined to its seat: the links through which the map draws a consortium legibly. */
export function membershipLinks(group: GroupInput): (LinkInput & { groupId: string })[] {
  return group.members
    .filter((member) => member.institutionId !== group.seatId)
    .map((member) => ({
      id: membershipLinkId(group.id, member.institutionId),
      from: member.institutionId,
      to: group.seatId,
      kind: group.linkKind,
      initiatives: group.initiatives,
      start: group.founded,
      end: null,
      status: 'active',
      description: null,
      sourceId: group.sourceId,
      groupId: group.id,
    }))
}
