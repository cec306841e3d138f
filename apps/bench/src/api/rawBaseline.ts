import type { Database } from '@atlas/db'
import { linkListSql } from '@atlas/db'
import { linkFilterSchema } from '@atlas/schema'
import { CompiledQuery, type Kysely } from 'kysely'
import type { BenchFilter } from './benchFilters'
import { type Spread, spread } from './percentiles'

/**
 * The floor under the api's link list: the same SQL through the bench's own connection (a pg pool, or PGlite in
 * this process), plus JSON.stringify of the rows, with no HTTP, tRPC, validation or compression. Times `times`
 * runs after one unmeasured warm-up.
 */
export async function rawLinkList(
  db: Kysely<Database>,
  filter: BenchFilter,
  times: number,
  signal: AbortSignal,
): Promise<Spread & { rows: number }> {
  const query = linkListSql(linkFilterSchema.parse(filter.input ?? {}))
  let rows = 0
  const once = async () => {
    const started = performance.now()
    const result = await db.executeQuery(query)
    JSON.stringify(result.rows)
    rows = result.rows.length
    return performance.now() - started
  }
  await once()
  const timings: number[] = []
  for (let run = 0; run < times; run += 1) {
    signal.throwIfAborted()
    timings.push(await once())
  }
  return { ...spread(timings), rows }
}

/** PostgreSQL's plan of the whole link list, with its actual timings (EXPLAIN ANALYZE), as text. */
export async function explainLinkList(db: Kysely<Database>): Promise<string> {
  const query = linkListSql(linkFilterSchema.parse({}))
  const result = await db.executeQuery<{ 'QUERY PLAN': string }>(
    CompiledQuery.raw(`explain (analyze, format text) ${query.sql}`, [...query.parameters]),
  )
  return result.rows.map((row) => row['QUERY PLAN']).join('\n')
}
