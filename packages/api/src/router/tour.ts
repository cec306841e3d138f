import { findTour, listTours, tourStore } from '@atlas/db'
import { byIdSchema, tourSchema, tourSummarySchema } from '@atlas/schema'
import { z } from 'zod'
import { editProcedures } from '../editProcedures'
import { notFound, publicProcedure, router } from '../trpc'

export const tourRouter = router({
  list: publicProcedure.output(z.array(tourSummarySchema)).query(({ ctx }) => listTours(ctx.db)),
  get: publicProcedure
    .input(byIdSchema)
    .output(tourSchema)
    .query(async ({ ctx, input }) => {
      const tour = await findTour(ctx.db, input.id)
      if (!tour) throw notFound('tour', input.id)
      return tour
    }),
  ...editProcedures(tourStore, tourSchema),
})
