import { listGroups } from '@atlas/db'
import { publicProcedure, router } from '../trpc'

export const groupRouter = router({
  list: publicProcedure.query(({ ctx }) => listGroups(ctx.db)),
})
