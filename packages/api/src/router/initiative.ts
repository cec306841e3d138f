import { listInitiatives } from '@atlas/db'
import { publicProcedure, router } from '../trpc'

export const initiativeRouter = router({
  list: publicProcedure.query(({ ctx }) => listInitiatives(ctx.db)),
})
