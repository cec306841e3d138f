import { listSources } from '@atlas/db'
import { sourceSchema } from '@atlas/schema'
import { z } from 'zod'
import { publicProcedure, router } from '../trpc'

export const sourceRouter = router({
  list: publicProcedure.output(z.array(sourceSchema)).query(({ ctx }) => listSources(ctx.db)),
})
