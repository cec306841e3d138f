import type { Kysely } from 'kysely'
import type { Database } from '../types'
import type { IssueLog } from './issueLog'

/** What the rows of a file do: how many records they create, update and leave as they are. */
export interface Tally {
  created: number
  updated: number
  unchanged: number
}

/** What every kind's checks share: the database, the problems found so far, the tally and the file's columns. */
export interface ImportContext {
  db: Kysely<Database>
  issues: IssueLog
  tally: Tally
  /** The columns the file has: a column left out leaves that field of an updated record as it is. */
  columns: ReadonlySet<string>
}

/** A parsed row with its line. */
export interface LineRow<Row> {
  line: number
  row: Row
}

/** Writes what a batch was checked to do; called only while the file has no problem, in the import's transaction. */
export type BatchWriter = (trx: Kysely<Database>, userId: string) => Promise<void>

/**
 * The checks and writes of one kind of file. A batch is checked against the database and the rows before it;
 * `finish` makes the checks that need the whole file and the writes that wait for them.
 */
export interface KindHandler<Row> {
  checkBatch(rows: readonly LineRow<Row>[]): Promise<BatchWriter>
  finish(): Promise<BatchWriter>
}

/** A writer with nothing to write. */
export const writeNothing: BatchWriter = async () => {}
