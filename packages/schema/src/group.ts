import { z } from 'zod'
import { GROUP_KINDS, MEMBER_ROLES } from './constants'
import { idSchema } from './id'
import { datePrecisionSchema, linkKindSchema } from './link'
import { partialDateSchema } from './partialDate'
import { translationsSchema } from './translations'

export const groupKindSchema = z.enum(GROUP_KINDS)
export const memberRoleSchema = z.enum(MEMBER_ROLES)

export type MemberRole = z.infer<typeof memberRoleSchema>
export type GroupKind = z.infer<typeof groupKindSchema>

/** A member of a group, with the dates it joined and left where known (null: from the founding, still a member). */
const memberSchema = z
  .object({
    institutionId: idSchema,
    role: memberRoleSchema,
    joined: partialDateSchema.nullable().default(null),
    left: partialDateSchema.nullable().default(null),
  })
  .refine((m) => !m.joined || !m.left || m.joined <= m.left, {
    error: 'cannot leave before it joined',
    path: ['left'],
  })

const name = z.string().min(1).max(300)
const description = z.string().min(1).max(5000)

/** A group's name and description in the content languages. */
export const groupTranslationsSchema = translationsSchema({ name, description })

/**
 * A consortium or a joint institute. Its seat is the institution where it sits; each member other than the seat
 * is joined to the seat by a link of `linkKind`, so the map draws members to the seat rather than every pair.
 */
export const groupInputSchema = z.object({
  id: idSchema,
  name,
  kind: groupKindSchema,
  seatId: idSchema,
  founded: partialDateSchema.nullable(),
  /** The institution where it was founded, where the source says so (the consortium's ceremony was at BJUT). */
  foundedAtId: idSchema.nullable().default(null),
  linkKind: linkKindSchema,
  initiatives: z.array(idSchema).min(1),
  description,
  sourceId: idSchema,
  members: z
    .array(memberSchema)
    .min(2)
    .refine((members) => new Set(members.map((m) => m.institutionId)).size === members.length, {
      error: 'lists an institution twice',
    }),
  /** Optional, so that records written before it stay valid; a reader gives `{}` for none. */
  translations: groupTranslationsSchema.optional(),
})

export type GroupInput = z.infer<typeof groupInputSchema>

export const groupSchema = groupInputSchema.omit({ founded: true }).extend({
  foundedDate: z.iso.date().nullable(),
  foundedPrecision: datePrecisionSchema.nullable(),
})

export type Group = z.infer<typeof groupSchema>

/** The id of the link that joins a member to its group's seat. */
export function membershipLinkId(groupId: string, institutionId: string): string {
  return `${groupId}-${institutionId}`
}
