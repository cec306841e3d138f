import { migrateToLatest, seed } from '@atlas/db'
import { userCreate } from './commands/userCreate'
import { connectConfigured } from './database'
import { readEnv } from './env'

// The command line on the configured database (DATABASE_URL, or the embedded one): `db:migrate`, `db:seed` and
// `user:create` run it after building the server.
const USAGE = 'usage: cli.js migrate | seed | user:create [--admin] EMAIL'
const [command, ...args] = process.argv.slice(2)
if (command !== 'migrate' && command !== 'seed' && command !== 'user:create') {
  console.error(USAGE)
  process.exit(2)
}
const env = readEnv()
const connection = await connectConfigured(env)
try {
  const applied = await migrateToLatest(connection.db)
  console.log(
    applied.length ? `migrations applied: ${applied.join(', ')}` : 'already at the latest migration',
  )
  if (command === 'seed') console.log('new records written:', await seed(connection.db))
  if (command === 'user:create') process.exitCode = await userCreate(connection, env, args)
} finally {
  await connection.close()
}
