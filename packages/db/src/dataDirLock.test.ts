import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { connect } from './connect'
import { LOCK_FILE, lockDataDir } from './dataDirLock'

const folders: string[] = []
function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-lock-'))
  folders.push(folder)
  return folder
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** The pid of a process that has come and gone. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', ''])
  if (pid === undefined) throw new Error('could not start a process')
  return pid
}

const inUseBy = (folder: string, pid: number) =>
  `the embedded database in ${folder} is in use by another Partnership Atlas server (pid ${pid}); ` +
  'stop it or set DATA_DIR to another folder'

describe('one server per PGlite data folder', () => {
  const folder = newFolder()
  const lockFile = join(folder, LOCK_FILE)

  it('refuses a second open of the folder while the first holds it, and keeps the data across opens', async () => {
    const first = await connect({ engine: 'pglite', dataDir: folder })
    try {
      expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid))
      await sql`create table kept (word text)`.execute(first.db)
      await sql`insert into kept values ('still here')`.execute(first.db)
      await expect(connect({ engine: 'pglite', dataDir: folder })).rejects.toThrow(
        inUseBy(folder, process.pid),
      )
    } finally {
      await first.close()
    }
    expect(existsSync(lockFile)).toBe(false)

    const second = await connect({ engine: 'pglite', dataDir: folder })
    try {
      const { rows } = await sql<{ word: string }>`select word from kept`.execute(second.db)
      expect(rows).toEqual([{ word: 'still here' }])
    } finally {
      await second.close()
    }
  })

  it('takes over a lock left by a server that is gone', async () => {
    writeFileSync(lockFile, `${deadPid()}\n`)
    const connection = await connect({ engine: 'pglite', dataDir: folder })
    try {
      expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid))
      // Kysely's destroy closes PGlite (and so releases the lock) only once a query has started its driver.
      await sql`select 1`.execute(connection.db)
    } finally {
      await connection.close()
    }
    expect(existsSync(lockFile)).toBe(false)
  })
})

describe('the data folder lock', () => {
  let other: ChildProcess | undefined
  afterEach(() => {
    other?.kill()
    other = undefined
  })

  it('names the other process that holds the folder, and takes the folder once that process is gone', async () => {
    const folder = newFolder()
    other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'])
    const pid = other.pid
    if (pid === undefined) throw new Error('could not start a process')
    writeFileSync(join(folder, LOCK_FILE), `${pid}\n`)
    await expect(lockDataDir(folder)).rejects.toThrow(inUseBy(folder, pid))

    const exited = new Promise((resolve) => other?.once('exit', resolve))
    other.kill()
    await exited
    const lock = await lockDataDir(folder)
    lock.release()
  })

  it('takes over a lock with its own pid that it does not hold, as a restarted container reuses pids', async () => {
    const folder = newFolder()
    writeFileSync(join(folder, LOCK_FILE), `${process.pid}\n`)
    const lock = await lockDataDir(folder)
    await expect(lockDataDir(folder)).rejects.toThrow(inUseBy(folder, process.pid))
    lock.release()
  })

  it('refuses the folder under another name while it holds it', async () => {
    const folder = newFolder()
    const link = `${folder}-link`
    symlinkSync(folder, link)
    folders.push(link)
    const lock = await lockDataDir(folder)
    await expect(lockDataDir(link)).rejects.toThrow(inUseBy(link, process.pid))
    lock.release()
  })

  it('takes over a lock file without a pid in it', async () => {
    const folder = newFolder()
    writeFileSync(join(folder, LOCK_FILE), '')
    const lock = await lockDataDir(folder)
    expect(readFileSync(join(folder, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid))
    lock.release()
  })

  it('leaves a lock that another process has taken since alone when released again', async () => {
    const folder = newFolder()
    const lock = await lockDataDir(folder)
    lock.release()
    writeFileSync(join(folder, LOCK_FILE), '1\n')
    lock.release()
    expect(readFileSync(join(folder, LOCK_FILE), 'utf8')).toBe('1\n')
  })
})
