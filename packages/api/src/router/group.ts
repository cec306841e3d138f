import { getGroupDetail, groupStore, listGroups } from '@atlas/db'
import { byIdSchema, groupDetailSchema, groupInputSchema, groupSchema } from '@atlas/schema'
import { z } from 'zod'
import { editProcedures } from '../editProcedures'
import { notFound, publicProcedure, router } from '../trpc'

export const groupRouter = router({
  list: publicProcedure.output(z.array(groupSchema)).query(({ ctx }) => listGroups(ctx.db)),
  get: publicProcedure
    .input(byIdSchema)
    .output(groupDetailSchema)
    .query(async ({ ctx, input }) => {
      const detail = await getGroupDetail(ctx.db, input.id)
      if (!detail) throw notFound('group', input.id)
      return detail
    }),
  ...editProcedures(groupStore, groupInputSchema),
})
