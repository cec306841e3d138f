import { listLinks } from '@atlas/db'
import { linkFilterSchema, linkSchema, NO_FILTER } from '@atlas/schema'
import { z } from 'zod'
import { assertKnownInitiatives } from '../knownInitiatives'
import { publicProcedure, router } from '../trpc'

export const linkRouter = router({
  list: publicProcedure
    .input(linkFilterSchema.optional())
    .output(z.array(linkSchema))
    .query(async ({ ctx, input = NO_FILTER }) => {
      await assertKnownInitiatives(ctx.db, input.initiatives)
      return listLinks(ctx.db, input)
    }),
})
