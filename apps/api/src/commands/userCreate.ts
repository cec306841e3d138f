import { randomUUID } from 'node:crypto'
import { createSignInToken } from '@atlas/api'
import { type Connection, findUserByEmail, insertUser } from '@atlas/db'
import { emailSchema } from '@atlas/schema'
import type { Env } from '../env'

/**
 * `user:create [--admin] EMAIL`: an account without a password, and a one-time link (valid three days) through which
 * its holder chooses one. There is no default password; the first admin is made this way, the rest invited in the app.
 */
export async function userCreate(connection: Connection, env: Env, args: readonly string[]): Promise<number> {
  const admin = args.includes('--admin')
  const [address, ...extra] = args.filter((arg) => arg !== '--admin')
  const email = emailSchema.safeParse(address)
  if (!email.success || extra.length > 0) {
    console.error('usage: user:create [--admin] EMAIL')
    return 2
  }
  if (await findUserByEmail(connection.db, email.data)) {
    console.error(`${email.data} already has an account; an admin can send a new sign-in link from the app`)
    return 1
  }
  const id = randomUUID()
  await insertUser(connection.db, {
    id,
    email: email.data,
    name: null,
    role: admin ? 'admin' : 'editor',
    createdBy: null,
  })
  const token = await createSignInToken(connection.db, id)
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST
  const base = env.PUBLIC_URL ?? `http://${host}:${env.PORT}/`
  console.log(
    `${admin ? 'admin' : 'editor'} ${email.data} created. Open this link once, within three days, to choose a password:`,
  )
  console.log(`${base}?signin=${token}`)
  return 0
}
