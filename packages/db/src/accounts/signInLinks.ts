import type { Kysely } from 'kysely'
import type { Database } from '../types'

type Db = Kysely<Database>

/** How long an invitation or a first-admin link stays usable. */
export const SIGN_IN_LINK_LIFETIME_MS = 72 * 60 * 60 * 1000

export async function insertSignInLink(db: Db, tokenHash: string, userId: string, now: Date): Promise<void> {
  await db
    .insertInto('sign_in_links')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      expires_at: new Date(now.getTime() + SIGN_IN_LINK_LIFETIME_MS),
    })
    .execute()
}

/**
 * Uses a link once: marks it used and answers its account, or undefined for a link unknown, used, expired or of a
 * disabled account. The update claims it, so two uses at once cannot both succeed.
 */
export async function useSignInLink(db: Db, tokenHash: string, now: Date): Promise<string | undefined> {
  const claimed = await db
    .updateTable('sign_in_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst()
  if (!claimed) return undefined
  const user = await db
    .selectFrom('users')
    .select('disabled')
    .where('id', '=', claimed.user_id)
    .executeTakeFirst()
  return user && !user.disabled ? claimed.user_id : undefined
}
