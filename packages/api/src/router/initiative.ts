import { initiativeStore, listInitiatives } from '@atlas/db'
import { initiativeSchema, initiativeWithCountsSchema } from '@atlas/schema'
import { z } from 'zod'
import { editProcedures } from '../editProcedures'
import { publicProcedure, router } from '../trpc'

export const initiativeRouter = router({
  list: publicProcedure
    .output(z.array(initiativeWithCountsSchema))
    .query(({ ctx }) => listInitiatives(ctx.db)),
  ...editProcedures(initiativeStore, initiativeSchema),
})
