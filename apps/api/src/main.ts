import { openDatabase } from './database'
import { readEnv } from './env'
import { createAppServer } from './server'

const env = readEnv()
const connection = await openDatabase(env)
const server = createAppServer(connection, { webDist: env.WEB_DIST })

process.on('unhandledRejection', (reason) => console.error('unhandled rejection:', reason))

server.listen(env.PORT, env.HOST, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.PORT
  const host = env.HOST === '0.0.0.0' || env.HOST === '127.0.0.1' ? 'localhost' : env.HOST
  const database = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env.DATA_DIR}`
  console.log(`Partnership Atlas is running at http://${host}:${port}/  (database: ${database})`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close()
    server.closeAllConnections()
    void connection.close().finally(() => process.exit(0))
  })
}
