import { z } from 'zod'

/** Ids are stable, readable slugs: they appear in URLs and survive edits of the names. */
export const idSchema = z
  .string()
  .max(120, { error: 'must be at most 120 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be a lowercase slug such as "lodz-university-of-technology"',
  })

export const byIdSchema = z.object({ id: idSchema })
