import { z } from 'zod'
import { idSchema } from './id'
import { translationsSchema } from './translations'

const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/, { error: 'must be a colour written #rrggbb' })

const name = z.string().min(1).max(200)
const description = z.string().min(1).max(2000)

/** An initiative's name and description in the content languages. */
export const initiativeTranslationsSchema = translationsSchema({ name, description })

export const initiativeSchema = z.object({
  id: idSchema,
  name,
  colour: colourSchema,
  description,
  /** An initiative that this one is part of (the Sino-Polish consortium is under Belt and Road). */
  parentId: idSchema.nullable(),
  sourceIds: z.array(idSchema).min(1),
  /** Optional, so that records written before it stay valid; a reader gives `{}` for none. */
  translations: initiativeTranslationsSchema.optional(),
})

export type Initiative = z.infer<typeof initiativeSchema>

const initiativeCountsSchema = z.object({
  institutions: z.number().int(),
  links: z.number().int(),
  groups: z.number().int(),
})

export const initiativeWithCountsSchema = initiativeSchema.extend({ counts: initiativeCountsSchema })

export type InitiativeWithCounts = z.infer<typeof initiativeWithCountsSchema>
