import { z } from 'zod'
import { groupKindSchema, groupTranslationsSchema, memberRoleSchema } from './group'
import { idSchema } from './id'
import { institutionSchema, institutionSummarySchema } from './institution'
import { linkSchema } from './link'
import { sourceSchema } from './source'

/** One institution with everything the details panel shows, and every source that any of it cites. */
export const institutionDetailSchema = z.object({
  institution: institutionSchema,
  links: z.array(linkSchema),
  partners: z.array(institutionSummarySchema),
  groups: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      kind: groupKindSchema,
      seatId: idSchema,
      role: memberRoleSchema,
      /** The group's translations, for its name in the reader's language. */
      translations: groupTranslationsSchema,
    }),
  ),
  sources: z.array(sourceSchema),
})

export type InstitutionDetail = z.infer<typeof institutionDetailSchema>
