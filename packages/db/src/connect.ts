import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { DataDirFS } from './dataDirFs'
import { lockDataDir } from './dataDirLock'
import { type DatabaseMonitor, pgliteMonitor, postgresMonitor, type StatusListener } from './monitor'
import { PGliteDialect } from './pgliteDialect'
import type { Database } from './types'
import { startFromTemplate } from './unpackDataDir'

export type Engine = 'pglite' | 'postgres'

export type ConnectOptions =
  | {
      engine: 'postgres'
      url: string
      poolSize?: number
      /** PostgreSQL cancels a statement that runs longer (statement_timeout). */
      statementTimeoutMs?: number
      /** How long a query waits for a free pooled connection (or for a new one to connect) before it fails. */
      acquireTimeoutMs?: number
    }
  | {
      engine: 'pglite'
      /** Without a data folder, PGlite lives in memory (tests). */
      dataDir?: string
      /**
       * A gzipped data folder (`makeDataDirTemplate`) that a data folder without a database starts from, instead of
       * PGlite's initdb; without the file, initdb runs as usual. A database in memory is loaded from it (tests).
       */
      template?: string
    }

export interface Connection {
  db: Kysely<Database>
  engine: Engine
  /**
   * Watches the database on a session of its own, apart from the pool, so a full pool never reads as an outage:
   * whether it answers, and a generation that moves on every change of its data.
   */
  monitor(onStatus?: StatusListener): DatabaseMonitor
  close(): Promise<void>
}

const DATE_OID = 1082
const keepDateText = (value: string) => value
const dateTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? keepDateText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.engine === 'postgres') {
    const db = postgres(options)
    return {
      db,
      engine: 'postgres',
      monitor: (onStatus) => postgresMonitor({ connectionString: options.url, types: dateTypes }, onStatus),
      close: () => db.destroy(),
    }
  }
  return pgliteConnection(await openPglite(options.dataDir, options.template))
}

/** A connection over an open PGlite, which closing the connection closes. */
export function pgliteConnection(instance: PGlite): Connection {
  const db = new Kysely<Database>({ dialect: new PGliteDialect(instance) })
  return {
    db,
    engine: 'pglite',
    monitor: () => pgliteMonitor(instance),
    // Kysely closes PGlite only if it ever ran a query; the data folder's lock goes with PGlite.
    close: async () => {
      await db.destroy()
      if (!instance.closed) await instance.close()
    },
  }
}

function postgres(options: Extract<ConnectOptions, { engine: 'postgres' }>): Kysely<Database> {
  const statementTimeout = options.statementTimeoutMs ?? 5_000
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 2_000,
    statement_timeout: statementTimeout,
    // A server that stops answering without closing the socket would otherwise hold the query forever.
    query_timeout: statementTimeout + 1_000,
    types: dateTypes,
  })
  // The pool listens for errors only on idle clients; a client checked out by Kysely that loses its server emits
  // `error` with no listener, which would end the process. The query in flight fails and reports the outage, and
  // the monitor's own session reports it to the health check, so these listeners have nothing left to say.
  pool.on('connect', (client) => client.on('error', () => {}))
  pool.on('error', () => {})
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
}

/**
 * PGlite in memory, or in a data folder that this process then holds alone, started from `template` (see
 * `ConnectOptions`) in memory or when the folder holds no database yet. PostgreSQL's default 128 MB of shared
 * buffers, which WASM memory keeps resident, is far more than this database's few megabytes of data need.
 */
export async function openPglite(dataDir?: string, template?: string): Promise<PGlite> {
  const sharedBuffers = ['-c', 'shared_buffers=16MB']
  const options = {
    parsers: { [DATE_OID]: keepDateText },
    startParams: [...PGlite.defaultStartParams, ...sharedBuffers],
    // initdb passes its settings on to the server it runs to create the database.
    initDbStartParams: sharedBuffers,
  }
  if (!dataDir)
    return PGlite.create(
      template ? { ...options, loadDataDir: new Blob([await readFile(template)]) } : options,
    )
  await mkdir(dataDir, { recursive: true })
  const lock = await lockDataDir(dataDir)
  try {
    // PGlite takes a folder with PG_VERSION for a database; without it, the folder is new or its start was cut short.
    if (template && !existsSync(join(dataDir, 'PG_VERSION'))) await startFromTemplate(template, dataDir)
    return await PGlite.create({ ...options, dataDir, fs: new DataDirFS(dataDir, lock) })
  } catch (error) {
    lock.release()
    throw error
  }
}
