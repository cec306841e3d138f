import { z } from 'zod'
import { idSchema } from './id'

const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/, { error: 'must be a colour written #rrggbb' })

export const initiativeSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  colour: colourSchema,
  description: z.string().min(1).max(2000),
  /** An initiative that this one is part of (the Sino-Polish consortium is under Belt and Road). */
  parentId: idSchema.nullable(),
  sourceIds: z.array(idSchema).min(1),
})

export type Initiative = z.infer<typeof initiativeSchema>

const initiativeCountsSchema = z.object({
  institutions: z.number().int(),
  links: z.number().int(),
  groups: z.number().int(),
})

export const initiativeWithCountsSchema = initiativeSchema.extend({ counts: initiativeCountsSchema })

export type InitiativeWithCounts = z.infer<typeof initiativeWithCountsSchema>
