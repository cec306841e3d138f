import { getInstitutionDetail, institutionCascade, institutionStore, listInstitutions } from '@atlas/db'
import {
  byIdSchema,
  institutionDetailSchema,
  institutionFilterSchema,
  institutionSchema,
  institutionSummarySchema,
} from '@atlas/schema'
import { z } from 'zod'
import { editProcedures } from '../editProcedures'
import { assertInCountry } from '../inCountry'
import { assertKnownInitiatives } from '../knownInitiatives'
import { notFound, publicProcedure, router } from '../trpc'

export const institutionRouter = router({
  list: publicProcedure
    .input(institutionFilterSchema.optional())
    .output(z.array(institutionSummarySchema))
    .query(async ({ ctx, input = {} }) => {
      await assertKnownInitiatives(ctx.db, input.initiatives)
      return listInstitutions(ctx.db, input)
    }),
  get: publicProcedure
    .input(byIdSchema)
    .output(institutionDetailSchema)
    .query(async ({ ctx, input }) => {
      const detail = await getInstitutionDetail(ctx.db, input.id)
      if (!detail) throw notFound('institution', input.id)
      return detail
    }),
  ...editProcedures(institutionStore, institutionSchema, {
    check: (_ctx, institution) => assertInCountry(institution),
    cascade: (id, userId) => institutionCascade(id, userId),
  }),
})
