import { linkStore, listLinks, membershipGroupOf } from '@atlas/db'
import {
  encodeLinkColumns,
  linkColumnsSchema,
  linkFilterSchema,
  linkInputSchema,
  linkSchema,
  NO_FILTER,
} from '@atlas/schema'
import { z } from 'zod'
import { editProcedures } from '../editProcedures'
import { assertKnownInitiatives } from '../knownInitiatives'
import { badRequest, publicProcedure, router } from '../trpc'

export const linkRouter = router({
  list: publicProcedure
    .input(linkFilterSchema.optional())
    .output(z.array(linkSchema))
    .query(async ({ ctx, input = NO_FILTER }) => {
      await assertKnownInitiatives(ctx.db, input.initiatives)
      return listLinks(ctx.db, input)
    }),
  /** The same links as columns (linkColumnsSchema): the map's data path, a few bytes a link once compressed. */
  columns: publicProcedure
    .input(linkFilterSchema.optional())
    .output(linkColumnsSchema)
    .query(async ({ ctx, input = NO_FILTER }) => {
      await assertKnownInitiatives(ctx.db, input.initiatives)
      return encodeLinkColumns(await listLinks(ctx.db, input))
    }),
  ...editProcedures(linkStore, linkInputSchema, {
    guard: async (ctx, id) => {
      const groupId = await membershipGroupOf(ctx.db, id)
      if (groupId) {
        throw badRequest(
          `id: link "${id}" is a membership of group "${groupId}"; change it through the group`,
        )
      }
    },
  }),
})
