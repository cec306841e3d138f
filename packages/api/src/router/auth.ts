import { deleteSession, findAccount, updateUser, useSignInLink } from '@atlas/db'
import { accountSchema, redeemSchema, signInSchema } from '@atlas/schema'
import { TRPCError } from '@trpc/server'
import { z } from 'zod'
import { sessionCookie } from '../auth/cookie'
import { hashPassword } from '../auth/passwords'
import { signIn, startSession } from '../auth/signIn'
import { hashToken } from '../auth/tokens'
import { currentAccount, publicProcedure, router } from '../trpc'

const ok = z.object({ ok: z.literal(true) })

export const authRouter = router({
  me: publicProcedure.output(accountSchema.nullable()).query(({ ctx }) => currentAccount(ctx)),
  signIn: publicProcedure
    .input(signInSchema)
    .output(accountSchema)
    .mutation(async ({ ctx, input }) => {
      if (ctx.visitor.sessionToken) await deleteSession(ctx.db, hashToken(ctx.visitor.sessionToken))
      return signIn(ctx, input.email, input.password)
    }),
  /** Ends the session on the server, not only the cookie. */
  signOut: publicProcedure.output(ok).mutation(async ({ ctx }) => {
    if (ctx.visitor.sessionToken) await deleteSession(ctx.db, hashToken(ctx.visitor.sessionToken))
    ctx.visitor.setCookie(sessionCookie(null, ctx.visitor.secure))
    return { ok: true as const }
  }),
  /** An invitation or a first-admin link: its holder chooses a password and is signed in. */
  redeem: publicProcedure
    .input(redeemSchema)
    .output(accountSchema)
    .mutation(async ({ ctx, input }) => {
      const userId = await useSignInLink(ctx.db, hashToken(input.token), new Date())
      const account = userId && (await findAccount(ctx.db, userId))
      if (!account) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'this sign-in link is unknown, used or expired; ask an admin for a new one',
        })
      }
      await updateUser(ctx.db, account.id, { passwordHash: await hashPassword(input.password) })
      await startSession(ctx, account.id)
      return { id: account.id, email: account.email, name: account.name, role: account.role }
    }),
})
