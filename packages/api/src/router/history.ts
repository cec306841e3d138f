import {
  findChange,
  groupStore,
  initiativeStore,
  institutionStore,
  linkStore,
  listChanges,
  type RecordStore,
  recentChanges,
  restoreRecord,
  sourceStore,
  tourStore,
} from '@atlas/db'
import {
  changeSchema,
  type EntityName,
  groupInputSchema,
  initiativeSchema,
  institutionSchema,
  linkInputSchema,
  recordRefSchema,
  sourceDocumentSchema,
  tourSchema,
} from '@atlas/schema'
import { z } from 'zod'
import { adminProcedure, badRequest, editorProcedure, notFound, router } from '../trpc'

/** Writes one entity's snapshot back after checking it against the entity's current schema. */
function restorer<T extends { id: string }, I>(store: RecordStore<T>, schema: z.ZodType<T, I>) {
  return async (db: Parameters<typeof restoreRecord>[0], snapshot: unknown, userId: string) => {
    const parsed = schema.safeParse(snapshot)
    if (!parsed.success)
      throw badRequest('changeId: this version no longer fits the atlas and cannot be restored')
    return restoreRecord(db, store, parsed.data, userId)
  }
}

const RESTORERS: Record<EntityName, ReturnType<typeof restorer>> = {
  source: restorer(sourceStore, sourceDocumentSchema),
  initiative: restorer(initiativeStore, initiativeSchema),
  institution: restorer(institutionStore, institutionSchema),
  link: restorer(linkStore, linkInputSchema),
  group: restorer(groupStore, groupInputSchema),
  tour: restorer(tourStore, tourSchema),
}

export const historyRouter = router({
  /** A record's changes, newest first: who, when, before and after. */
  list: editorProcedure
    .input(recordRefSchema)
    .output(z.array(changeSchema))
    .query(({ ctx, input }) => listChanges(ctx.db, input.entity, input.id)),
  recent: editorProcedure
    .input(z.strictObject({ limit: z.number().int().min(1).max(200).default(50) }).optional())
    .output(z.array(changeSchema))
    .query(({ ctx, input }) => recentChanges(ctx.db, input?.limit ?? 50)),
  /**
   * Writes a record back as a change left it (a deletion's record as it was before), itself kept as a change.
   * Admins only.
   */
  restore: adminProcedure
    .input(z.strictObject({ changeId: z.string().max(20) }))
    .output(z.object({ entity: z.string(), id: z.string(), version: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const change = await findChange(ctx.db, input.changeId)
      if (!change) throw notFound('change', input.changeId)
      const snapshot = change.action === 'delete' ? change.before : change.after
      const { version } = await RESTORERS[change.entity](ctx.db, snapshot, ctx.account.id)
      return { entity: change.entity, id: change.recordId, version }
    }),
})
