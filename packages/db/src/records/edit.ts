import { type Kysely, sql, type Transaction } from 'kysely'
import { recordChanges } from '../history/recordChange'
import type { Database } from '../types'
import { EditConflict, RecordExists, RecordInUse, RecordMissing } from './editErrors'
import type { Dependent, RecordStore } from './store'

type Trx = Transaction<Database>

/** The version of a record; `lock` holds it until the transaction ends, so two saves cannot both pass the check. */
async function versionOf(
  trx: Trx,
  store: RecordStore<{ id: string }>,
  id: string,
  { lock }: { lock: boolean },
): Promise<number | undefined> {
  const { rows } = await sql<{ version: number }>`
    select version from ${sql.table(store.table)} where id = ${id} ${lock ? sql`for update` : sql``}`.execute(
    trx,
  )
  return rows[0]?.version
}

const lockVersion = (trx: Trx, store: RecordStore<{ id: string }>, id: string) =>
  versionOf(trx, store, id, { lock: true })

async function currentVersion(trx: Trx, store: RecordStore<{ id: string }>, id: string): Promise<number> {
  return (await lockVersion(trx, store, id)) ?? 0
}

/** Creates a record and keeps the change; its version is then 1. */
export async function createRecord<T extends { id: string }>(
  db: Kysely<Database>,
  store: RecordStore<T>,
  record: T,
  userId: string | null,
): Promise<{ version: number }> {
  return db.transaction().execute(async (trx) => {
    if ((await lockVersion(trx, store, record.id)) !== undefined)
      throw new RecordExists(store.entity, record.id)
    await store.write(trx, record)
    await recordChanges(trx, userId, [
      { entity: store.entity, recordId: record.id, action: 'create', before: null, after: record },
    ])
    return { version: await currentVersion(trx, store, record.id) }
  })
}

/**
 * Replaces a record if it is still at the version the editor read; otherwise nothing changes and EditConflict
 * carries the current record, so the second of two editors sees what the first saved.
 */
export async function updateRecord<T extends { id: string }>(
  db: Kysely<Database>,
  store: RecordStore<T>,
  record: T,
  version: number,
  userId: string | null,
): Promise<{ version: number }> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockVersion(trx, store, record.id)
    if (locked === undefined) throw new RecordMissing(store.entity, record.id)
    const before = await store.read(trx, record.id)
    if (locked !== version) throw new EditConflict(before, locked)
    await store.write(trx, record)
    await recordChanges(trx, userId, [
      { entity: store.entity, recordId: record.id, action: 'update', before, after: record },
    ])
    return { version: locked + 1 }
  })
}

/**
 * Deletes a record at the version the editor read. While others use it, it is refused with their list, unless
 * `cascade` (offered for institutions) is confirmed: then what uses it goes too, each deletion kept in history.
 */
export async function deleteRecord<T extends { id: string }>(
  db: Kysely<Database>,
  store: RecordStore<T>,
  id: string,
  version: number,
  userId: string | null,
  options: { cascade?: (trx: Trx, dependents: Dependent[]) => Promise<void> } = {},
): Promise<{ deleted: Dependent[] }> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockVersion(trx, store, id)
    if (locked === undefined) throw new RecordMissing(store.entity, id)
    const before = await store.read(trx, id)
    if (locked !== version) throw new EditConflict(before, locked)
    const dependents = await store.usedBy(trx, id)
    if (dependents.length > 0) {
      if (!options.cascade) throw new RecordInUse(store.entity, id, dependents)
      await options.cascade(trx, dependents)
    }
    await store.remove(trx, id)
    await recordChanges(trx, userId, [
      { entity: store.entity, recordId: id, action: 'delete', before, after: null },
    ])
    return { deleted: dependents }
  })
}

/** Writes a record as an earlier version held it (or back after a deletion), kept in history as a restore. */
export async function restoreRecord<T extends { id: string }>(
  db: Kysely<Database>,
  store: RecordStore<T>,
  record: T,
  userId: string | null,
): Promise<{ version: number }> {
  return db.transaction().execute(async (trx) => {
    await lockVersion(trx, store, record.id)
    const before = (await store.read(trx, record.id)) ?? null
    await store.write(trx, record)
    await recordChanges(trx, userId, [
      { entity: store.entity, recordId: record.id, action: 'restore', before, after: record },
    ])
    return { version: await currentVersion(trx, store, record.id) }
  })
}

/** A record as an editor opens it: in its shared-schema shape, with the version a save must name. */
export async function readRecord<T extends { id: string }>(
  db: Kysely<Database>,
  store: RecordStore<T>,
  id: string,
): Promise<{ record: T; version: number } | undefined> {
  return db.transaction().execute(async (trx) => {
    const version = await versionOf(trx, store, id, { lock: false })
    const record = await store.read(trx, id)
    return record && version !== undefined ? { record, version } : undefined
  })
}
