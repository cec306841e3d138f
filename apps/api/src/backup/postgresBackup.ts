import { announceRestore, appliedMigrations, connect, type Database, serverMajorVersion } from '@atlas/db'
import type { Kysely } from 'kysely'
import { expectBackupKind } from './backupKind'
import { findPostgresTool, runTool } from './postgresTools'
import { writeAtomically } from './writeAtomically'

/**
 * Backs up a PostgreSQL database with pg_dump's custom format, of the server's version or newer, and returns its
 * latest migration. pg_dump reads one snapshot, so the server may go on serving (and writing) meanwhile.
 */
export async function backUpPostgres(url: string, file: string): Promise<string> {
  const { major, migration } = await withDatabase(url, async (db) => ({
    major: await serverMajorVersion(db),
    migration: await latestMigration(db),
  }))
  const pgDump = await findPostgresTool('pg_dump', major)
  const { dbname, env } = clientSettings(url)
  await writeAtomically(file, (partial) =>
    runTool(pgDump, ['--format=custom', '--no-password', `--file=${partial}`, `--dbname=${dbname}`], env),
  )
  return migration
}

/**
 * Replaces a PostgreSQL database by a backup of `backUpPostgres` and returns its latest migration. pg_restore
 * drops and recreates every object the backup holds, in one transaction: a restore that fails changes nothing.
 * Objects then belong to the user restoring, whoever owned them before. Servers still running are told that all
 * data changed, so they answer from the restored data at once.
 */
export async function restorePostgres(url: string, file: string): Promise<string> {
  await expectBackupKind(file, 'postgres')
  const pgRestore = await findPostgresTool('pg_restore', await withDatabase(url, serverMajorVersion))
  const { dbname, env } = clientSettings(url)
  await runTool(
    pgRestore,
    [
      ...['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', '--no-password'],
      `--dbname=${dbname}`,
      file,
    ],
    env,
  )
  return withDatabase(url, async (db) => {
    await announceRestore(db)
    return latestMigration(db)
  })
}

async function withDatabase<T>(url: string, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const connection = await connect({ engine: 'postgres', url, poolSize: 1 })
  try {
    return await work(connection.db)
  } finally {
    await connection.close()
  }
}

async function latestMigration(db: Kysely<Database>): Promise<string> {
  const migration = (await appliedMigrations(db)).at(-1)
  if (!migration) throw new Error('the database has no migration applied: it holds no atlas to back up')
  return migration
}

/**
 * The database as pg_dump and pg_restore take it, the password apart: passed in their environment, it stays out of
 * the list of processes that anyone on the machine can read. The rest of the environment (PATH, PGSSLMODE…) is
 * passed on as it is.
 */
function clientSettings(url: string): { dbname: string; env?: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  if (!parsed.password) return { dbname: url }
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: { ...process.env, PGPASSWORD: password } }
}
