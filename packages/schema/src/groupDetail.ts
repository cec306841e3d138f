import { z } from 'zod'
import { groupSchema, memberRoleSchema } from './group'
import { institutionSummarySchema } from './institution'
import { sourceSchema } from './source'

/**
 * One group with what its page shows: its seat, where it was founded, and every member as the map knows them (the members with their
 * roles, in the order the source lists them), and the sources the group cites. The seat need not be a member: a
 * joint institute sits in its own building.
 */
export const groupDetailSchema = z.object({
  group: groupSchema,
  seat: institutionSummarySchema,
  /** Where it was founded, when the source says. */
  foundedAt: institutionSummarySchema.nullable(),
  members: z.array(z.object({ institution: institutionSummarySchema, role: memberRoleSchema })),
  sources: z.array(sourceSchema),
})

export type GroupDetail = z.infer<typeof groupDetailSchema>
export type GroupMember = GroupDetail['members'][number]
