import type { Database } from '@atlas/db'
import { insertSignInLink } from '@atlas/db'
import type { Kysely } from 'kysely'
import { hashToken, newToken } from './tokens'

/** A one-time link's token for the account (the web app opens `/?signin=<token>`); only its hash is stored. */
export async function createSignInToken(db: Kysely<Database>, userId: string): Promise<string> {
  const token = newToken()
  await insertSignInLink(db, hashToken(token), userId, new Date())
  return token
}
