import type { EntityName } from '@atlas/schema'
import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../types'

export type Reader = Kysely<Database> | Transaction<Database>

/** A record that uses another, named so an editor knows what a deletion would touch. */
export interface Dependent {
  entity: EntityName
  id: string
  name: string
}

/**
 * How one entity is read and written as a whole record in its shared-schema shape (the shape history keeps, so a
 * version can be written back exactly). `write` inserts or replaces the record with its child rows; `remove` deletes
 * it and, through the database's cascades, its child rows only.
 */
export interface RecordStore<T extends { id: string }> {
  entity: EntityName
  /** The table holding the record's main row (and its `version`). */
  table: 'sources' | 'initiatives' | 'institutions' | 'links' | 'groups' | 'tours'
  read(db: Reader, id: string): Promise<T | undefined>
  write(trx: Transaction<Database>, record: T): Promise<void>
  remove(trx: Transaction<Database>, id: string): Promise<void>
  /** The records that refer to this one. */
  usedBy(db: Reader, id: string): Promise<Dependent[]>
  /** A few words that name the record for a person (its name or title). */
  label(record: T): string
}
