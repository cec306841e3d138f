import { type Connection, migrateToLatest, seed } from '@atlas/db'
import { backupCommand, restoreCommand } from './backup/backupCommands'
import { exportCommand, importCommand } from './backup/exportCommands'
import { userCreate } from './commands/userCreate'
import { connectConfigured } from './database'
import { type Env, readEnv } from './env'

// The command line on the configured database (DATABASE_URL, or the embedded one in DATA_DIR), which the root
// scripts `db:migrate`, `db:seed`, `db:backup`, `db:restore`, `db:export`, `db:import` and `user:create` run after
// building the server.
const USAGE = `usage: cli.js COMMAND
  migrate                      apply the migrations the database lacks
  seed                         migrate, then write the seed data the database lacks
  user:create [--admin] EMAIL  an account, and a one-time link through which its holder chooses a password
  backup FILE                  the whole database into FILE: pg_dump for PostgreSQL; for the embedded
                               database a copy of its data folder, with the server stopped first
  restore FILE                 replace the whole database by the backup in FILE (of the same engine)
  export DIR                   every table into DIR/atlas.json, and a CSV file per table beside it
  import FILE                  the atlas.json of an export into an empty database (migrated first, not seeded)`

/** A command on a connection the command line opens and closes; it returns the process's exit code. */
type ConnectionCommand = (connection: Connection, env: Env, args: readonly string[]) => Promise<number>

const onConnection: Record<string, ConnectionCommand> = {
  migrate: migrated(async () => 0),
  seed: migrated(async (connection) => {
    console.log('new records written:', await seed(connection.db))
    return 0
  }),
  'user:create': migrated(userCreate),
}

/**
 * Commands that open the database themselves, after checking their arguments and files: backup and restore need
 * the embedded one to themselves.
 */
const onTheirOwn: Record<string, (env: Env, args: readonly string[]) => Promise<number>> = {
  backup: backupCommand,
  restore: restoreCommand,
  export: exportCommand,
  import: importCommand,
}

const [command = '', ...rest] = process.argv.slice(2)
// `pnpm db:backup -- FILE` passes the `--` on; `pnpm db:backup FILE` does not.
const args = rest[0] === '--' ? rest.slice(1) : rest
const withConnection = Object.hasOwn(onConnection, command) ? onConnection[command] : undefined
const standalone = Object.hasOwn(onTheirOwn, command) ? onTheirOwn[command] : undefined
if (!withConnection && !standalone) {
  console.error(USAGE)
  process.exit(2)
}
try {
  const env = readEnv()
  if (standalone) process.exitCode = await standalone(env, args)
  if (withConnection) {
    const connection = await connectConfigured(env)
    try {
      process.exitCode = await withConnection(connection, env, args)
    } finally {
      await connection.close()
    }
  }
} catch (error) {
  // A command's errors say what is wrong and what to do; a stack would bury that.
  console.error(explain(error))
  process.exitCode = 1
}

/** An error's message, followed by its causes' where it does not already say them. */
function explain(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = error.cause === undefined ? undefined : explain(error.cause)
  return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message
}

/** Brings the database to the latest migration before the command, saying what it applied. */
function migrated(work: ConnectionCommand): ConnectionCommand {
  return async (connection, env, args) => {
    const applied = await migrateToLatest(connection.db)
    console.log(
      applied.length ? `migrations applied: ${applied.join(', ')}` : 'already at the latest migration',
    )
    return work(connection, env, args)
  }
}
