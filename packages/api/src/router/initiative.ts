import { listInitiatives } from '@atlas/db'
import { initiativeWithCountsSchema } from '@atlas/schema'
import { z } from 'zod'
import { publicProcedure, router } from '../trpc'

export const initiativeRouter = router({
  list: publicProcedure
    .output(z.array(initiativeWithCountsSchema))
    .query(({ ctx }) => listInitiatives(ctx.db)),
})
