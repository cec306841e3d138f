import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Migrator, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Connection, connect } from './connect'
import { LOCK_FILE } from './dataDirLock'
import { makeDataDirTemplate } from './dataDirTemplate'
import { appliedMigrations } from './dump/appliedMigrations'
import { tableDigests } from './import/fixtures'
import { migrateToLatest } from './migrate'
import { migrationProvider } from './migrations'
import { seedIfNew } from './seed/seed'
import { unpackDataDir } from './unpackDataDir'

const root = mkdtempSync(join(tmpdir(), 'atlas-template-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** What the server does to a database at every start. */
async function prepare(connection: Connection): Promise<void> {
  await migrateToLatest(connection.db)
  await seedIfNew(connection.db)
}

/** Everything a start leaves in a database that does not depend on the clock: schema, migrations, rows. */
async function contents(connection: Connection) {
  const { db } = connection
  const columns = await sql`select table_name, column_name, data_type, column_default, is_nullable
    from information_schema.columns where table_schema = 'public' order by table_name, column_name`.execute(
    db,
  )
  const indexes = await sql`select indexname, indexdef from pg_indexes where schemaname = 'public'
    order by indexname`.execute(db)
  const counts: Record<string, unknown> = {}
  for (const { name } of await db.introspection.getTables()) {
    counts[name] = (await sql`select count(*)::int as n from ${sql.table(name)}`.execute(db)).rows[0]
  }
  return {
    columns: columns.rows,
    indexes: indexes.rows,
    counts,
    migrations: await appliedMigrations(db),
    meta: await db.selectFrom('atlas_meta').selectAll().orderBy('key').execute(),
    digests: await tableDigests(db),
  }
}

/** Opens a data folder as the server does (from `template` if it holds no database), prepares it, reads it. */
async function startedIn(dataDir: string, template: string) {
  const connection = await connect({ engine: 'pglite', dataDir, template })
  try {
    await prepare(connection)
    return await contents(connection)
  } finally {
    await connection.close()
  }
}

describe('a new PGlite data folder started from a template made at build time', () => {
  const template = join(root, 'template.tar.gz')
  const missing = join(root, 'no-template.tar.gz')
  let madeTheSlowWay: Awaited<ReturnType<typeof contents>>

  beforeAll(async () => {
    writeFileSync(template, await makeDataDirTemplate(prepare))
    madeTheSlowWay = await startedIn(join(root, 'initdb'), missing)
  })

  it('holds the same schema, migrations and seed as one made by initdb, the migrations and the seed', async () => {
    const dataDir = join(root, 'from-template')
    const connection = await connect({ engine: 'pglite', dataDir, template })
    try {
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true)
      // Nothing is left for the start to do.
      expect(await migrateToLatest(connection.db)).toEqual([])
      expect(await seedIfNew(connection.db)).toBeNull()
      expect(await contents(connection)).toEqual(madeTheSlowWay)
    } finally {
      await connection.close()
    }
    expect(madeTheSlowWay.counts.institutions).toEqual({ n: expect.any(Number) })
    expect(madeTheSlowWay.digests.institutions).not.toMatch(/^0 /)
  })

  it('is brought up to date by the migrations and the seed when it is older than the code', async () => {
    const older = join(root, 'older.tar.gz')
    const [before] = (await migrationProvider.getMigrations().then(Object.keys)).slice(-2)
    if (!before) throw new Error('the test needs two migrations')
    writeFileSync(
      older,
      await makeDataDirTemplate(async ({ db }) => {
        const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(before)
        if (error) throw error
      }),
    )
    expect(await startedIn(join(root, 'from-older'), older)).toEqual(madeTheSlowWay)
  })

  it('leaves a folder that holds a database as it is', async () => {
    const dataDir = join(root, 'initdb')
    const connection = await connect({ engine: 'pglite', dataDir, template })
    try {
      await connection.db.deleteFrom('tour_stops').execute()
      await connection.db.deleteFrom('tours').execute()
    } finally {
      await connection.close()
    }
    const reopened = await startedIn(dataDir, template)
    expect(reopened.counts.tours).toEqual({ n: 0 })
    expect(reopened.digests).toEqual(madeTheSlowWay.digests)
  })

  it('unpacks again over a folder whose unpacking was cut short', async () => {
    const dataDir = join(root, 'cut-short')
    unpackDataDir(readFileSync(template), dataDir)
    rmSync(join(dataDir, 'PG_VERSION'))
    writeFileSync(join(dataDir, 'global', 'pg_control'), 'half written')
    expect(await startedIn(dataDir, template)).toEqual(madeTheSlowWay)
  })

  it('refuses an archive that holds no data folder', () => {
    const dataDir = join(root, 'refused')
    expect(() => unpackDataDir(gzipSync('not a tar file'), dataDir)).toThrow(
      "the data folder's archive has no PG_VERSION: it holds no database",
    )
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(false)
  })
})
