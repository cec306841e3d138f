import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { migrateToLatest, seedIfNew } from '@atlas/db'
import { afterAll, describe, expect, it } from 'vitest'
import { connectConfigured, DATA_DIR_TEMPLATE } from './database'
import { readEnv } from './env'

describe('the embedded database a first start begins with', () => {
  const folders: string[] = []
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))))

  // turbo builds the server, and so the template, before the tests: a stale one would show here.
  it('is the build of this code: a start from it has nothing to migrate or seed', async () => {
    expect(existsSync(DATA_DIR_TEMPLATE), `${DATA_DIR_TEMPLATE} is missing: build the server first`).toBe(
      true,
    )
    const folder = await mkdtemp(join(tmpdir(), 'atlas-first-start-'))
    folders.push(folder)
    const connection = await connectConfigured(
      readEnv({ DATA_DIR: join(folder, 'pglite') }),
      DATA_DIR_TEMPLATE,
    )
    try {
      expect(await migrateToLatest(connection.db)).toEqual([])
      expect(await seedIfNew(connection.db)).toBeNull()
      expect(await connection.db.selectFrom('institutions').select('id').execute()).not.toEqual([])
    } finally {
      await connection.close()
    }
  })
})
