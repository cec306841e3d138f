import { addFailure, clearFailures, findUserByEmail, insertSession, readFailures } from '@atlas/db'
import type { Account } from '@atlas/schema'
import { TRPCError } from '@trpc/server'
import type { Context } from '../trpc'
import { sessionCookie } from './cookie'
import { decoyHash, verifyPassword } from './passwords'
import { remainingWait } from './throttle'
import { hashToken, newToken } from './tokens'

/** One answer for an unknown address and a wrong password, so the form does not tell which addresses have accounts. */
export const WRONG_CREDENTIALS = 'the email or the password is wrong'

/**
 * Checks a password and starts a new session (a fresh token, so one planted before sign-in is worthless). Failures
 * are counted per account and per address in the database, so every server sharing it slows the same guesser.
 */
export async function signIn(ctx: Context, email: string, password: string): Promise<Account> {
  const now = new Date()
  const keys = [`email:${email}`, `ip:${ctx.visitor.ip}`]
  const wait = remainingWait(await readFailures(ctx.db, keys, now), now)
  if (wait > 0) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `too many failed sign-ins; try again in ${Math.ceil(wait / 1000)} seconds`,
    })
  }
  const user = await findUserByEmail(ctx.db, email)
  const matches = await verifyPassword(user?.password_hash ?? (await decoyHash()), password)
  if (!user?.password_hash || !matches || user.disabled) {
    // The wait runs from the failure's answer, not from the attempt's start: checking a password takes a while.
    await addFailure(ctx.db, keys, new Date())
    throw new TRPCError({ code: 'UNAUTHORIZED', message: WRONG_CREDENTIALS })
  }
  await clearFailures(ctx.db, `email:${email}`)
  return startSession(ctx, user.id, now).then(() => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
  }))
}

/** A new session for the account, its token sent as the cookie. */
export async function startSession(ctx: Context, userId: string, now = new Date()): Promise<void> {
  const token = newToken()
  await insertSession(ctx.db, hashToken(token), userId, now)
  ctx.visitor.setCookie(sessionCookie(token, ctx.visitor.secure))
}
