import { findTour, listTours } from '@atlas/db'
import { byIdSchema } from '@atlas/schema'
import { notFound, publicProcedure, router } from '../trpc'

export const tourRouter = router({
  list: publicProcedure.query(({ ctx }) => listTours(ctx.db)),
  get: publicProcedure.input(byIdSchema).query(async ({ ctx, input }) => {
    const tour = await findTour(ctx.db, input.id)
    if (!tour) throw notFound('tour', input.id)
    return tour
  }),
})
