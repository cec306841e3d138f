import { z } from 'zod'
import { idSchema } from './id'

/** A document that facts are taken from. Publisher and date stay null where the document does not state them. */
export const sourceSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(200).nullable(),
  publishedOn: z.iso.date().nullable(),
  seedFile: z.string().min(1).max(200).nullable(),
})

export type Source = z.infer<typeof sourceSchema>
