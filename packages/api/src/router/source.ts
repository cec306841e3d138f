import { listSources } from '@atlas/db'
import { publicProcedure, router } from '../trpc'

export const sourceRouter = router({
  list: publicProcedure.query(({ ctx }) => listSources(ctx.db)),
})
