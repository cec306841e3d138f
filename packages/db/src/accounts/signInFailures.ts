import type { Kysely } from 'kysely'
import type { Database } from '../types'

type Db = Kysely<Database>

/** Failures older than this are forgotten: a person who mistyped last week starts afresh. */
const FORGET_AFTER_MS = 60 * 60 * 1000

/** The failures counted against each key that are still remembered, with the last one's time. */
export async function readFailures(
  db: Db,
  keys: readonly string[],
  now: Date,
): Promise<{ key: string; failures: number; lastFailedAt: Date }[]> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .selectAll()
    .where('key', 'in', [...keys])
    .where('last_failed_at', '>', new Date(now.getTime() - FORGET_AFTER_MS))
    .execute()
  return rows.map((r) => ({ key: r.key, failures: r.failures, lastFailedAt: new Date(r.last_failed_at) }))
}

/** Counts one more failure against each key (restarting a count that was forgotten). */
export async function addFailure(db: Db, keys: readonly string[], now: Date): Promise<void> {
  const forgotten = new Date(now.getTime() - FORGET_AFTER_MS)
  for (const key of keys) {
    await db
      .insertInto('sign_in_failures')
      .values({ key, failures: 1, last_failed_at: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when('sign_in_failures.last_failed_at', '>', forgotten)
            .then(eb('sign_in_failures.failures', '+', 1))
            .else(1)
            .end(),
          last_failed_at: now,
        })),
      )
      .execute()
  }
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute()
}
