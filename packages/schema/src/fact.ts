import { z } from 'zod'
import { LIMITS } from './constants'
import { idSchema } from './id'

/**
 * A statement a source makes about an institution, such as a figure or a designation. `text` says it in the
 * atlas's words; `excerpt` quotes the source's own sentence, verbatim, so a reader can find it in the document.
 */
export const factSchema = z.object({
  id: idSchema,
  label: z.string().min(1).max(200),
  text: z.string().min(1).max(2000),
  value: z.number().nullable(),
  sourceId: idSchema,
  excerpt: z.string().min(1).max(LIMITS.textLength).nullable(),
})
