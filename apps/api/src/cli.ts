import { migrateToLatest, seed } from '@atlas/db'
import { connectConfigured } from './database'
import { readEnv } from './env'

// `db:migrate` and `db:seed` on the configured database (DATABASE_URL, or the embedded one).
const command = process.argv[2]
if (command !== 'migrate' && command !== 'seed') {
  console.error('usage: cli.js migrate | seed')
  process.exit(2)
}
const connection = await connectConfigured(readEnv())
try {
  const applied = await migrateToLatest(connection.db)
  console.log(
    applied.length ? `migrations applied: ${applied.join(', ')}` : 'already at the latest migration',
  )
  if (command === 'seed') console.log('new records written:', await seed(connection.db))
} finally {
  await connection.close()
}
