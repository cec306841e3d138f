import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** A database of its own on the PostgreSQL at `adminUrl`, so a run never touches data it did not make. */
export interface ThrowawayDatabase {
  name: string
  url: string
  /** PostgreSQL's version string, for the report. */
  version: string
  drop(): Promise<void>
}

export async function createThrowawayDatabase(adminUrl: string): Promise<ThrowawayDatabase> {
  // Only hex follows the prefix, so the name can stand in the statements as it is: identifiers cannot be bound.
  const name = `atlas_bench_${randomBytes(6).toString('hex')}`
  const version = await asAdmin(adminUrl, async (client) => {
    await client.query(`create database ${name}`)
    const { rows } = await client.query<{ version: string }>('select version() as version')
    return rows[0]?.version ?? 'unknown'
  })
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    name,
    url: url.toString(),
    version,
    // FORCE ends the sessions a crashed or stuck server may have left behind, which would otherwise block the drop.
    drop: async () => {
      await asAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`))
    },
  }
}

async function asAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
