import { resolve } from 'node:path'
import type { Env } from '../env'
import { backUpPglite, restorePglite } from './pgliteBackup'
import { backUpPostgres, restorePostgres } from './postgresBackup'

type DatabaseEnv = Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>

/**
 * `backup FILE`: the whole configured database into one file, sessions and history included: pg_dump's custom
 * format for PostgreSQL (while the server runs, if it does), or a copy of the embedded database's data folder,
 * which a running server holds: that backup is refused until the server is stopped.
 */
export async function backupCommand(env: DatabaseEnv, args: readonly string[]): Promise<number> {
  const file = oneFile(args, 'backup FILE')
  if (!file) return 2
  const migration = env.DATABASE_URL
    ? await backUpPostgres(env.DATABASE_URL, file)
    : await backUpPglite(env.DATA_DIR, file)
  console.log(`backed up ${where(env)} (at migration ${migration}) to ${file}`)
  return 0
}

/**
 * `restore FILE`: replaces the whole configured database by a backup of the same engine. On PostgreSQL a running
 * server goes on, answering from the restored data; the embedded database must have its server stopped.
 */
export async function restoreCommand(env: DatabaseEnv, args: readonly string[]): Promise<number> {
  const file = oneFile(args, 'restore FILE')
  if (!file) return 2
  const migration = env.DATABASE_URL
    ? await restorePostgres(env.DATABASE_URL, file)
    : await restorePglite(env.DATA_DIR, file)
  console.log(
    `restored ${where(env)} from ${file} (at migration ${migration}); the server migrates it further when it starts`,
  )
  return 0
}

/** The one file argument, resolved; undefined, after printing the usage, for none or more than one. */
function oneFile(args: readonly string[], usage: string): string | undefined {
  const [file, ...extra] = args
  if (file && extra.length === 0) return resolve(file)
  console.error(`usage: ${usage}`)
  return undefined
}

function where(env: DatabaseEnv): string {
  if (!env.DATABASE_URL) return `the embedded database in ${resolve(env.DATA_DIR)}`
  const url = new URL(env.DATABASE_URL)
  return `the PostgreSQL database ${url.pathname.slice(1)} on ${url.host}`
}
