import { z } from 'zod'
import { idSchema } from './id'

/** A statement a source makes about an institution, such as a figure or a designation. */
export const factSchema = z.object({
  id: idSchema,
  label: z.string().min(1).max(200),
  text: z.string().min(1).max(2000),
  value: z.number().nullable(),
  sourceId: idSchema,
})
