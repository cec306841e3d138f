import { type Database, existingInitiativeIds } from '@atlas/db'
import type { Kysely } from 'kysely'
import { badRequest } from './trpc'

/** Rejects a filter that names an initiative the database does not have, naming the offending item. */
export async function assertKnownInitiatives(
  db: Kysely<Database>,
  ids: readonly string[] | null | undefined,
): Promise<void> {
  if (!ids || ids.length === 0) return
  const known = await existingInitiativeIds(db, ids)
  const index = ids.findIndex((id) => !known.has(id))
  if (index >= 0) throw badRequest(`initiatives[${index}]: unknown initiative "${ids[index]}"`)
}
