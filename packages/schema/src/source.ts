import { z } from 'zod'
import { idSchema } from './id'
import { httpUrlSchema } from './text'

/**
 * A document that facts are taken from. Publisher and date stay null where the document does not state them; `url`
 * is where a reader finds it on the web, null for a document known only from the copy stored with the data, and
 * `accessedOn` the day that page was read, since a web page can change after it was cited.
 */
export const sourceSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(200).nullable(),
  publishedOn: z.iso.date().nullable(),
  seedFile: z.string().min(1).max(200).nullable(),
  url: httpUrlSchema.nullable(),
  accessedOn: z.iso.date().nullable(),
})

export type Source = z.infer<typeof sourceSchema>

/** A source with the text stored for it (null where only its address is kept): what the source reader shows. */
export const sourceDocumentSchema = sourceSchema.extend({
  text: z.string().min(1).max(200_000).nullable(),
})

export type SourceDocument = z.infer<typeof sourceDocumentSchema>
