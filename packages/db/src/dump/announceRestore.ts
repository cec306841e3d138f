import type { Kysely } from 'kysely'
import type { Database } from '../types'

/** The channel the triggers of migration 0003 announce every write on. */
const CHANGE_CHANNEL = 'atlas_changed'

/**
 * Tells the servers on a database that all of its data may have changed. A restore writes its rows before it
 * recreates the triggers that would announce them, so a server still running would keep answering from memory.
 */
export async function announceRestore(db: Kysely<Database>): Promise<void> {
  await db
    .selectNoFrom((eb) => eb.fn('pg_notify', [eb.val(CHANGE_CHANNEL), eb.val('restore')]).as('sent'))
    .execute()
}
