import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { type Connection, type ConnectOptions, connect, type Engine } from './connect'
import { prepareTestDatabase } from './testTemplates'

/**
 * The engines a database test runs on: PGlite always, and the PostgreSQL of `DATABASE_URL` when it is set, each
 * test database a throwaway one that `close()` drops.
 */
export function testEngines(): Engine[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
}

/** Settings of a PostgreSQL test connection, where a test needs its bounds small. */
type PostgresSettings = Pick<
  Extract<ConnectOptions, { engine: 'postgres' }>,
  'poolSize' | 'statementTimeoutMs' | 'acquireTimeoutMs'
>

export async function openTestDatabase(
  engine: Engine,
  options: { seeded?: boolean; postgres?: PostgresSettings } = {},
): Promise<Connection> {
  const seeded = options.seeded ?? true
  // Without a global setup that prepared them (`testTemplates`), as where too few files use PGlite to repay it, each
  // PGlite database is prepared by itself.
  const templates = engine === 'pglite' ? inject('pgliteTemplates') : undefined
  if (templates)
    return connect({ engine: 'pglite', template: seeded ? templates.seeded : templates.migrated })
  const connection =
    engine === 'pglite' ? await connect({ engine }) : await throwawayPostgres(options.postgres)
  await prepareTestDatabase(connection, seeded)
  return connection
}

async function throwawayPostgres(settings: PostgresSettings = {}): Promise<Connection> {
  const adminUrl = process.env.DATABASE_URL
  if (!adminUrl) throw new Error('DATABASE_URL is not set')
  const name = `atlas_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await withAdmin(adminUrl, (admin) => admin.query(`create database ${name}`))
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const connection = await connect({ engine: 'postgres', url: url.toString(), poolSize: 4, ...settings })
  return {
    ...connection,
    close: async () => {
      await connection.close()
      await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`))
    },
  }
}

async function withAdmin(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await work(client)
  } finally {
    await client.end()
  }
}
