import { statsByCountry } from '@atlas/db'
import { countryStatsSchema, linkFilterSchema, NO_FILTER } from '@atlas/schema'
import { z } from 'zod'
import { assertKnownInitiatives } from '../knownInitiatives'
import { publicProcedure, router } from '../trpc'

export const statsRouter = router({
  byCountry: publicProcedure
    .input(linkFilterSchema.optional())
    .output(z.array(countryStatsSchema))
    .query(async ({ ctx, input = NO_FILTER }) => {
      await assertKnownInitiatives(ctx.db, input.initiatives)
      return statsByCountry(ctx.db, input)
    }),
})
