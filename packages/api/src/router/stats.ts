import { statsByCountry } from '@atlas/db'
import { linkFilterSchema } from '@atlas/schema'
import { assertKnownInitiatives } from '../knownInitiatives'
import { publicProcedure, router } from '../trpc'

export const statsRouter = router({
  byCountry: publicProcedure.input(linkFilterSchema.optional()).query(async ({ ctx, input = {} }) => {
    await assertKnownInitiatives(ctx.db, input.initiatives)
    return statsByCountry(ctx.db, input)
  }),
})
