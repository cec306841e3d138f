import { type GroupInput, type LinkInput, membershipLinkId } from '@atlas/schema'

/**
 * A group's members joined to its seat: the links through which the map draws a consortium legibly. Each runs from
 * the day its member joined (the founding where not stated) to the day it left, so the year filter shows the group
 * as it was.
 */
export function membershipLinks(group: GroupInput): (LinkInput & { groupId: string })[] {
  return group.members
    .filter((member) => member.institutionId !== group.seatId)
    .map((member) => ({
      id: membershipLinkId(group.id, member.institutionId),
      from: member.institutionId,
      to: group.seatId,
      kind: group.linkKind,
      initiatives: group.initiatives,
      start: member.joined ?? group.founded,
      end: member.left,
      status: member.left ? 'ended' : 'active',
      description: null,
      sourceId: group.sourceId,
      groupId: group.id,
    }))
}
