import { randomUUID } from 'node:crypto'
import {
  countActiveAdmins,
  deleteSessionsOf,
  findAccount,
  findUserByEmail,
  insertUser,
  listUsers,
  updateUser,
} from '@atlas/db'
import { inviteSchema, userRoleSchema, userSchema } from '@atlas/schema'
import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { createSignInToken } from '../auth/signInLink'
import { adminProcedure, badRequest, notFound, router } from '../trpc'

const signInTokenSchema = z.object({ userId: z.string(), token: z.string() })

export const userRouter = router({
  list: adminProcedure.output(z.array(userSchema)).query(({ ctx }) => listUsers(ctx.db)),
  /** A new editor or admin; the answer's token makes the one-time link the admin sends them. */
  invite: adminProcedure
    .input(inviteSchema)
    .output(signInTokenSchema)
    .mutation(async ({ ctx, input }) => {
      if (await findUserByEmail(ctx.db, input.email)) {
        throw badRequest(`email: ${input.email} already has an account`)
      }
      const userId = randomUUID()
      await insertUser(ctx.db, { id: userId, ...input, createdBy: ctx.account.id })
      return { userId, token: await createSignInToken(ctx.db, userId) }
    }),
  /** A fresh one-time link for an account (a forgotten password, an expired invitation). */
  signInLink: adminProcedure
    .input(z.strictObject({ userId: z.string().max(100) }))
    .output(signInTokenSchema)
    .mutation(async ({ ctx, input }) => {
      if (!(await findAccount(ctx.db, input.userId))) throw notFound('account', input.userId)
      return { userId: input.userId, token: await createSignInToken(ctx.db, input.userId) }
    }),
  /** Re-roles or disables an account; its sessions end, so the change holds at once. */
  update: adminProcedure
    .input(
      z.strictObject({
        userId: z.string().max(100),
        role: userRoleSchema.optional(),
        disabled: z.boolean().optional(),
      }),
    )
    .output(userSchema)
    .mutation(async ({ ctx, input }) => {
      const account = await findAccount(ctx.db, input.userId)
      if (!account) throw notFound('account', input.userId)
      const losesAdmin =
        account.role === 'admin' && !account.disabled && (input.role === 'editor' || input.disabled === true)
      if (losesAdmin && (await countActiveAdmins(ctx.db)) <= 1) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'the last admin cannot be demoted or disabled; make another admin first',
        })
      }
      await updateUser(ctx.db, account.id, input)
      if (input.role !== undefined || input.disabled) await deleteSessionsOf(ctx.db, account.id)
      const updated = (await listUsers(ctx.db)).find((u) => u.id === account.id)
      if (!updated) throw notFound('account', input.userId)
      return updated
    }),
})
