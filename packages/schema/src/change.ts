import { z } from 'zod'
import { CHANGE_ACTIONS, ENTITY_NAMES } from './constants'
import { idSchema } from './id'

export const entityNameSchema = z.enum(ENTITY_NAMES)
export type EntityName = z.infer<typeof entityNameSchema>
export type ChangeAction = (typeof CHANGE_ACTIONS)[number]

/** One entry of a record's history: who changed it, when, and the record before and after (null where absent). */
export const changeSchema = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  user: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }).nullable(),
  entity: entityNameSchema,
  recordId: idSchema,
  action: z.enum(CHANGE_ACTIONS),
  before: z.unknown(),
  after: z.unknown(),
})

export type Change = z.infer<typeof changeSchema>

export const recordRefSchema = z.strictObject({ entity: entityNameSchema, id: idSchema })
