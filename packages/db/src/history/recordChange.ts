import type { ChangeAction, EntityName } from '@atlas/schema'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../types'

/** One change as history keeps it: the record before and after, each in its entity's shared schema, null where absent. */
export interface ChangeEntry {
  entity: EntityName
  recordId: string
  action: ChangeAction
  before: unknown
  after: unknown
}

/**
 * Keeps changes in the transaction that makes them, so history holds exactly what happened: a change that rolls
 * back leaves no entry. `userId` is null for the system (the seed).
 */
export async function recordChanges(
  trx: Transaction<Database> | Kysely<Database>,
  userId: string | null,
  entries: readonly ChangeEntry[],
): Promise<void> {
  if (entries.length === 0) return
  await trx
    .insertInto('changes')
    .values(
      entries.map((entry) => ({
        user_id: userId,
        entity: entry.entity,
        record_id: entry.recordId,
        action: entry.action,
        before: entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === null ? null : JSON.stringify(entry.after),
      })),
    )
    .execute()
}
