import { closeSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** The file in a PGlite data folder that names the process serving it: two processes on one folder corrupt it. */
export const LOCK_FILE = 'atlas-server.lock'

/** Long enough for a process that has just created the lock file to have written its pid into it. */
const HALF_WRITTEN_WAIT_MS = 100

export interface DataDirLock {
  /** Removes the lock file if this process still holds it; calling it again does nothing. */
  release(): void
}

/** Lock files this process holds, by path, so that the exit handler can remove them. */
const held = new Map<string, () => void>()

/**
 * Claims an existing data folder for this process, or throws a one-line error naming the folder and the pid that
 * holds it. A lock left by a process that is gone is taken over; the lock is released by `release()` and when the
 * process exits.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const folder = resolve(dataDir)
  // One lock per folder, however it is spelled: a symbolic link to a held folder must not look like a stale lock.
  const path = join(realpathSync(folder), LOCK_FILE)
  if (held.has(path)) throw inUse(folder, process.pid)
  while (!tryCreate(path)) {
    const holder = await readHolder(path)
    if (holder === undefined) continue
    // Our own pid in a lock we do not hold was written by an earlier life of this pid (a container restarted).
    if (holder.pid !== null && holder.pid !== process.pid && isAlive(holder.pid))
      throw inUse(folder, holder.pid)
    removeIfUnchanged(path, holder.text)
  }
  const release = () => {
    if (!held.delete(path)) return
    if (held.size === 0) process.off('exit', releaseAll)
    if (readText(path) === pidText()) removeIfPresent(path)
  }
  if (held.size === 0) process.on('exit', releaseAll)
  held.set(path, release)
  return { release }
}

function inUse(folder: string, pid: number): Error {
  return new Error(
    `the embedded database in ${folder} is in use by another Partnership Atlas server (pid ${pid}); ` +
      'stop it or set DATA_DIR to another folder',
  )
}

/** Removes every lock this process still holds; 'exit' handlers must be synchronous. */
function releaseAll() {
  for (const release of [...held.values()]) release()
}

function pidText(): string {
  return `${process.pid}\n`
}

/** Creates the lock file holding this process's pid, atomically: false when it already exists. */
function tryCreate(path: string): boolean {
  let fd: number
  try {
    fd = openSync(path, 'wx')
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, pidText())
  } finally {
    closeSync(fd)
  }
  return true
}

/**
 * The pid in an existing lock file (null when the file holds none), or undefined when the file is gone. A lock file
 * without a pid is read again after a moment, as its creator may not have written it yet; then it counts as stale.
 */
async function readHolder(path: string): Promise<{ pid: number | null; text: string } | undefined> {
  for (let attempt = 0; ; attempt += 1) {
    const text = readText(path)
    if (text === undefined) return undefined
    const pid = /^\d+$/.test(text.trim()) ? Number(text.trim()) : null
    if (pid !== null || attempt === 1) return { pid, text }
    await sleep(HALF_WRITTEN_WAIT_MS)
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
}

/**
 * Removes a stale lock unless it changed since it was read, so that of two processes taking over the same stale lock
 * the slower one does not remove the lock the faster one has just written (the window left is a read and an unlink).
 */
function removeIfUnchanged(path: string, staleText: string) {
  if (readText(path) === staleText) removeIfPresent(path)
}

function removeIfPresent(path: string) {
  try {
    unlinkSync(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists under another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    if (errorCode(error) === 'ESRCH') return false
    if (errorCode(error) === 'EPERM') return true
    throw error
  }
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined
}
