import type { Change, EntityName } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'

function changesQuery(db: Kysely<Database>) {
  return db
    .selectFrom('changes')
    .leftJoin('users', 'users.id', 'changes.user_id')
    .select([
      'changes.id',
      'changes.at',
      'changes.entity',
      'changes.record_id',
      'changes.action',
      'changes.before',
      'changes.after',
      'users.id as user_id',
      'users.email',
      'users.name',
    ])
}

function toChange(row: Awaited<ReturnType<ReturnType<typeof changesQuery>['execute']>>[number]): Change {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    user: row.user_id && row.email ? { id: row.user_id, email: row.email, name: row.name } : null,
    entity: row.entity,
    recordId: row.record_id,
    action: row.action,
    before: row.before,
    after: row.after,
  }
}

/** A record's history, newest first. */
export async function listChanges(db: Kysely<Database>, entity: EntityName, id: string): Promise<Change[]> {
  const rows = await changesQuery(db)
    .where('changes.entity', '=', entity)
    .where('changes.record_id', '=', id)
    .orderBy('changes.id', 'desc')
    .limit(500)
    .execute()
  return rows.map(toChange)
}

/** The latest changes across the atlas, newest first: what editors did lately. */
export async function recentChanges(db: Kysely<Database>, limit: number): Promise<Change[]> {
  const rows = await changesQuery(db).orderBy('changes.id', 'desc').limit(limit).execute()
  return rows.map(toChange)
}

export async function findChange(db: Kysely<Database>, id: string): Promise<Change | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined
  const row = await changesQuery(db).where('changes.id', '=', id).executeTakeFirst()
  return row && toChange(row)
}

/** Records a person changed or deleted: a rising seed version leaves them as the editors left them. */
export async function editedRecords(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db
    .selectFrom('changes')
    .select(['entity', 'record_id'])
    .distinct()
    .where('user_id', 'is not', null)
    .execute()
  return new Set(rows.map((r) => `${r.entity}:${r.record_id}`))
}
