import type { Account } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'

type Db = Kysely<Database>

/** A session is refused after this long unused, whatever its absolute expiry. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000
/** No session lasts longer than this from its sign-in. */
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000
/** `last_seen_at` is written at most this often, so a busy editor's reads do not each write. */
const TOUCH_EVERY_MS = 60 * 1000

export async function insertSession(db: Db, tokenHash: string, userId: string, now: Date): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash,
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_LIFETIME_MS),
    })
    .execute()
}

/**
 * The account a live session belongs to: not expired, not idle too long, account not disabled. An expired session
 * is deleted when seen.
 */
export async function findSessionAccount(db: Db, tokenHash: string, now: Date): Promise<Account | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.disabled',
      'sessions.last_seen_at',
      'sessions.expires_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst()
  if (!row) return undefined
  const lastSeen = new Date(row.last_seen_at).getTime()
  const live =
    new Date(row.expires_at).getTime() > now.getTime() && now.getTime() - lastSeen < SESSION_IDLE_MS
  if (!live || row.disabled) {
    await deleteSession(db, tokenHash)
    return undefined
  }
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute()
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role }
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
}

/** Ends every session of an account (it was disabled, or its role changed). */
export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
}
