// The built command line (dist/cli.js: turbo builds it before the tests; by hand, `node build.mjs` first), run as
// `pnpm db:backup` and `pnpm db:restore` run it, on a throwaway database of each engine.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { connect, exportDatabase, recordChanges } from '@atlas/db'
import { testEngines } from '@atlas/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './runCli'
import { openSharedDatabase, type SharedDatabase } from './sharedDatabase'

describe.each(testEngines())('backup and restore on %s', (engine) => {
  let database: SharedDatabase
  let files: string
  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'atlas-backups-'))
    database = await openSharedDatabase(engine)
    await database.use(async (db) => {
      await db
        .insertInto('users')
        .values({ id: 'admin', email: 'admin@example.org', name: 'Łucja Wróbel', role: 'admin' })
        .execute()
      await db
        .insertInto('sessions')
        .values({ token_hash: 'a-session', user_id: 'admin', expires_at: '2099-01-01T00:00:00.123456Z' })
        .execute()
      await recordChanges(db, 'admin', [
        {
          entity: 'institution',
          recordId: 'x',
          action: 'update',
          before: { name: '北京' },
          after: { name: 'Łódź' },
        },
      ])
    })
  })
  afterAll(async () => {
    await database?.close()
    await rm(files, { recursive: true, force: true })
  })

  it('brings back exactly the data backed up, sessions too, after it changed', async () => {
    const before = await database.use(exportDatabase)
    const backup = join(files, 'atlas.backup')
    const backedUp = await runCli(['backup', backup], database.env)
    expect(backedUp).toMatchObject({ code: 0, stdout: expect.stringContaining(`to ${backup}`) })

    const changed = await database.use(async (db) => {
      await db.deleteFrom('link_initiatives').execute()
      await db.updateTable('institutions').set({ name: 'Renamed', version: 2 }).execute()
      await db.deleteFrom('sessions').execute()
      await recordChanges(db, 'admin', [
        { entity: 'institution', recordId: 'y', action: 'delete', before: { name: 'y' }, after: null },
      ])
      return exportDatabase(db)
    })
    expect(changed.tables).not.toEqual(before.tables)

    const restored = await runCli(['restore', backup], database.env)
    expect(restored).toMatchObject({ code: 0, stdout: expect.stringContaining(`from ${backup}`) })
    const after = await database.use(async (db) => ({
      dump: await exportDatabase(db),
      sessions: await db.selectFrom('sessions').select('token_hash').execute(),
    }))
    expect(after.dump.tables).toEqual(before.tables)
    expect(after.sessions).toEqual([{ token_hash: 'a-session' }])
  })

  it('refuses a backup of the other engine, saying how to move the data across', async () => {
    const other = join(files, 'other.backup')
    await writeFile(other, engine === 'postgres' ? gzipSync('a data folder') : 'PGDMP and the rest')
    const restored = await runCli(['restore', other], database.env)
    expect(restored.code).toBe(1)
    expect(restored.stderr).toMatch(
      engine === 'postgres'
        ? /is a backup of the embedded database: restore it without DATABASE_URL .*export and import/
        : /is a backup of PostgreSQL \(pg_dump\): restore it with DATABASE_URL .*export and import/,
    )
  })

  it.runIf(engine === 'pglite')(
    'refuses while a server holds the folder, naming it, until it stops',
    async () => {
      const dataDir = database.env.DATA_DIR ?? ''
      const server = await connect({ engine: 'pglite', dataDir })
      const backup = join(files, 'while-running.backup')
      try {
        const refused = await runCli(['backup', backup], database.env)
        expect(refused.code).toBe(1)
        expect(refused.stderr).toContain(
          `stop the server first: the embedded database in ${dataDir} is in use`,
        )
        expect((await runCli(['restore', join(files, 'atlas.backup')], database.env)).stderr).toContain(
          'stop the server first',
        )
      } finally {
        await server.close()
      }
      expect(await runCli(['backup', backup], database.env)).toMatchObject({ code: 0 })
    },
  )

  it('says how it is called when the file is missing', async () => {
    expect(await runCli(['backup'], database.env)).toMatchObject({ code: 2, stderr: 'usage: backup FILE\n' })
    expect(await runCli(['restore', 'a', 'b'], database.env)).toMatchObject({ code: 2 })
  })
})
