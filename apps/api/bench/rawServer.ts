import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { linkListSql } from '@atlas/db'
import pg from 'pg'

const DATE_OID = 1082

/** The baseline: the same SQL as the api, straight through a `pg.Pool`, with nothing else in the way. */
export interface RawServer {
  base: string
  /** The SQL that `/link.list` runs, for the report. */
  linkListSql: string
  close(): Promise<void>
}

/**
 * A minimal node:http server: `/link.list` runs the api's SQL, `/select-1` runs `select 1`, and each answers the
 * rows as JSON. The pool is sized and parses dates as the api's pool does, so only the api's own work differs.
 */
export async function startRawServer(databaseUrl: string, poolSize: number): Promise<RawServer> {
  const linkList = linkListSql()
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID
          ? (value: string) => value
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client whose server goes away emits `error`; unheard, it would end the bench before its clean-up.
  pool.on('error', (error) => console.error('raw baseline pool:', error.message))
  const queries: Record<string, () => Promise<pg.QueryResult>> = {
    '/link.list': () => pool.query(linkList.sql, [...linkList.parameters]),
    '/select-1': () => pool.query('select 1'),
  }
  const server = createServer((req, res) => {
    const query = queries[req.url ?? '']
    if (!query) {
      res.writeHead(404).end()
      return
    }
    query().then(
      (result) => {
        const body = JSON.stringify(result.rows)
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
        res.end(body)
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(error instanceof Error ? error.message : String(error))
      },
    )
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    linkListSql: linkList.sql,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await pool.end()
    },
  }
}
