import { type Insertable, sql, type Transaction } from 'kysely'
import type { Database } from '../types'

type Versioned = 'sources' | 'initiatives' | 'institutions' | 'links' | 'groups' | 'tours'

/** Inserts a record's main row, or replaces every column of an existing one and raises its version. */
export async function upsertMain<T extends Versioned>(
  trx: Transaction<Database>,
  table: T,
  row: Insertable<Database[T]> & { id: string },
): Promise<void> {
  const { id: _, ...columns } = row
  // Kysely cannot type one statement over a union of tables; the row's type is checked by the caller's T.
  await trx
    .insertInto(table)
    .values(row as never)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        ...columns,
        version: sql`${sql.ref(`${table}.version`)} + 1`,
      } as never),
    )
    .execute()
}

/** Replaces the child rows a record owns: those of `table` whose `column` is the record's id. */
export async function replaceChildren<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  column: string,
  id: string,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  // A table chosen by the caller: raw SQL, since the builder cannot type a delete over a union of tables.
  await sql`delete from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(trx)
  if (rows.length > 0)
    await trx
      .insertInto(table)
      .values(rows as never)
      .execute()
}
