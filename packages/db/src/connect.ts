import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { PGliteDialect } from './pgliteDialect'
import type { Database } from './types'

export type Engine = 'pglite' | 'postgres'

export type ConnectOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  /** Without a data folder, PGlite lives in memory (tests). */
  | { engine: 'pglite'; dataDir?: string }

export interface Connection {
  db: Kysely<Database>
  engine: Engine
  close(): Promise<void>
}

const DATE_OID = 1082
const keepDateText = (value: string) => value

export async function connect(options: ConnectOptions): Promise<Connection> {
  const db =
    options.engine === 'postgres' ? postgres(options.url, options.poolSize) : await pglite(options.dataDir)
  return { db, engine: options.engine, close: () => db.destroy() }
}

function postgres(url: string, poolSize = 10): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID
          ? keepDateText
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client that loses its server must not take the process down; the next query reports the outage.
  pool.on('error', (error) => console.error('database connection lost:', error.message))
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}

async function pglite(dataDir?: string): Promise<Kysely<Database>> {
  if (dataDir) await mkdir(dataDir, { recursive: true })
  const instance = await PGlite.create({ dataDir, parsers: { [DATE_OID]: keepDateText } })
  return new Kysely<Database>({ dialect: new PGliteDialect(instance) })
}
