import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect } from '../connect'
import { LOCK_FILE } from '../dataDirLock'
import { migrateToLatest } from '../migrate'
import { seed } from '../seed/seed'
import { backUpDataDir, restoreDataDir } from './dataDirBackup'
import type { AtlasDump } from './dumpFormat'
import { exportDatabase } from './exportDatabase'

/** The folder's data, read through a connection of its own that is closed again (and its lock released). */
async function contents(dataDir: string): Promise<AtlasDump['tables']> {
  const connection = await connect({ engine: 'pglite', dataDir })
  try {
    return (await exportDatabase(connection.db)).tables
  } finally {
    await connection.close()
  }
}

describe('a backup of the embedded database', () => {
  let root: string
  let dataDir: string
  let seeded: AtlasDump['tables']
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-backup-'))
    dataDir = join(root, 'pglite')
    const connection = await connect({ engine: 'pglite', dataDir })
    await migrateToLatest(connection.db)
    await seed(connection.db)
    seeded = (await exportDatabase(connection.db)).tables
    await connection.close()
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('restores a changed folder, and a new one, to the data backed up', async () => {
    const { archive, migration } = await backUpDataDir(dataDir)
    expect(migration).toMatch(/^\d{4}_/)
    const changed = await connect({ engine: 'pglite', dataDir })
    await changed.db.deleteFrom('link_initiatives').execute()
    await changed.db.updateTable('institutions').set({ name: 'Renamed' }).execute()
    await changed.close()
    expect((await contents(dataDir)).link_initiatives).toEqual([])

    expect(await restoreDataDir(dataDir, archive)).toBe(migration)
    expect(await contents(dataDir)).toEqual(seeded)
    const fresh = join(root, 'fresh')
    await restoreDataDir(fresh, archive)
    expect(await contents(fresh)).toEqual(seeded)
    // Nothing of the restores is left beside the folders, nor a lock in them.
    expect((await readdir(root)).sort()).toEqual(['fresh', 'pglite'])
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false)
  })

  it('is refused while a server holds the folder, naming it and saying to stop the server', async () => {
    const server = await connect({ engine: 'pglite', dataDir })
    try {
      const stopFirst = new RegExp(`^stop the server first: the embedded database in ${dataDir} is in use`)
      await expect(backUpDataDir(dataDir)).rejects.toThrow(stopFirst)
      await expect(restoreDataDir(dataDir, gzipSync('x'))).rejects.toThrow(stopFirst)
    } finally {
      await server.close()
    }
  })

  it('keeps the folder as it was when a restore fails', async () => {
    await expect(restoreDataDir(dataDir, new TextEncoder().encode('PGDMP'))).rejects.toThrow(
      /not a backup of the embedded database/,
    )
    await expect(restoreDataDir(dataDir, gzipSync('not a tar of a data folder'))).rejects.toThrow(
      /the backup is no data folder PGlite can load/,
    )
    expect(await contents(dataDir)).toEqual(seeded)
    expect((await readdir(root)).sort()).toEqual(['fresh', 'pglite'])
  })

  it('says so for a folder without a database', async () => {
    await expect(backUpDataDir(join(root, 'nothing'))).rejects.toThrow(
      /there is no embedded database in .*nothing/,
    )
  })
})
