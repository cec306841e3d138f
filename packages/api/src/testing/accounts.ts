import { randomUUID } from 'node:crypto'
import { type Connection, insertUser, updateUser } from '@atlas/db'
import type { UserRole } from '@atlas/schema'
import { hashPassword } from '../auth/passwords'
import { anonymousVisitor, type Visitor } from '../auth/visitor'
import { appRouter } from '../root'
import type { Context } from '../trpc'

export const TEST_PASSWORD = 'correct horse battery staple'

/** An account with a password, as an invited person has after choosing one. */
export async function addAccount(connection: Connection, email: string, role: UserRole): Promise<string> {
  const id = randomUUID()
  await insertUser(connection.db, { id, email, name: null, role, createdBy: null })
  await updateUser(connection.db, id, { passwordHash: await hashPassword(TEST_PASSWORD) })
  return id
}

/** A caller as one browser: the cookie the server sets is sent back on its next calls, as a browser would. */
export function browser(context: Context, ip = '192.0.2.1') {
  const visitor: Visitor = anonymousVisitor({
    ip,
    setCookie: (cookie) => {
      const token = /^atlas_session=([^;]*)/.exec(cookie)?.[1]
      visitor.sessionToken = token || null
    },
  })
  return { visitor, api: appRouter.createCaller({ ...context, visitor }) }
}

/** A browser signed in with a new account of the role. */
export async function signedIn(connection: Connection, context: Context, email: string, role: UserRole) {
  await addAccount(connection, email, role)
  const session = browser(context)
  await session.api.auth.signIn({ email, password: TEST_PASSWORD })
  return session
}
