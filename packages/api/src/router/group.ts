import { listGroups } from '@atlas/db'
import { groupSchema } from '@atlas/schema'
import { z } from 'zod'
import { publicProcedure, router } from '../trpc'

export const groupRouter = router({
  list: publicProcedure.output(z.array(groupSchema)).query(({ ctx }) => listGroups(ctx.db)),
})
