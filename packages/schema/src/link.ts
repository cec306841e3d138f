import { z } from 'zod'
import { DATE_PRECISIONS, LINK_KINDS, LINK_STATUSES } from './constants'
import { idSchema } from './id'
import { partialDateSchema } from './partialDate'

export const linkKindSchema = z.enum(LINK_KINDS)
const linkStatusSchema = z.enum(LINK_STATUSES)
export const datePrecisionSchema = z.enum(DATE_PRECISIONS)

export type LinkKind = z.infer<typeof linkKindSchema>
export type LinkStatus = z.infer<typeof linkStatusSchema>

/** A partnership between two institutions as the seed data writes it. */
export const linkInputSchema = z
  .object({
    id: idSchema,
    from: idSchema,
    to: idSchema,
    kind: linkKindSchema,
    initiatives: z.array(idSchema).min(1),
    start: partialDateSchema.nullable(),
    end: partialDateSchema.nullable(),
    status: linkStatusSchema,
    description: z.string().min(1).max(2000).nullable(),
    sourceId: idSchema,
  })
  .refine((link) => link.from !== link.to, {
    error: 'a link cannot join an institution to itself',
    path: ['to'],
  })

export type LinkInput = z.infer<typeof linkInputSchema>

/** A partnership as the api returns it. Membership links of a group carry its id. */
export const linkSchema = z.object({
  id: idSchema,
  fromId: idSchema,
  toId: idSchema,
  kind: linkKindSchema,
  initiatives: z.array(idSchema),
  startDate: z.iso.date().nullable(),
  startPrecision: datePrecisionSchema.nullable(),
  endDate: z.iso.date().nullable(),
  endPrecision: datePrecisionSchema.nullable(),
  status: linkStatusSchema,
  description: z.string().nullable(),
  groupId: idSchema.nullable(),
  sourceId: idSchema,
})

export type Link = z.infer<typeof linkSchema>
