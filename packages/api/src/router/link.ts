import { listLinks } from '@atlas/db'
import { linkFilterSchema } from '@atlas/schema'
import { assertKnownInitiatives } from '../knownInitiatives'
import { publicProcedure, router } from '../trpc'

export const linkRouter = router({
  list: publicProcedure.input(linkFilterSchema.optional()).query(async ({ ctx, input = {} }) => {
    await assertKnownInitiatives(ctx.db, input.initiatives)
    return listLinks(ctx.db, input)
  }),
})
