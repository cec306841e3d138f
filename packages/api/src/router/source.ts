import { findSourceDocument, listSources, sourceStore } from '@atlas/db'
import { byIdSchema, sourceDocumentSchema, sourceSchema } from '@atlas/schema'
import { z } from 'zod'
import { editProcedures } from '../editProcedures'
import { notFound, publicProcedure, router } from '../trpc'

export const sourceRouter = router({
  list: publicProcedure.output(z.array(sourceSchema)).query(({ ctx }) => listSources(ctx.db)),
  /** One source with its stored text: asked for when a reader opens it, so lists never carry the texts. */
  get: publicProcedure
    .input(byIdSchema)
    .output(sourceDocumentSchema)
    .query(async ({ ctx, input }) => {
      const source = await findSourceDocument(ctx.db, input.id)
      if (!source) throw notFound('source', input.id)
      return source
    }),
  ...editProcedures(sourceStore, sourceDocumentSchema),
})
