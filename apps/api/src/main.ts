import { networkInterfaces } from 'node:os'
import { createContext } from '@atlas/api'
import { connectConfigured, DATA_DIR_TEMPLATE, prepareWhenReachable } from './database'
import { drainable } from './drain'
import { readEnv } from './env'
import { createLogger } from './log'
import { networkUrls, reachableUrls } from './reachableUrls'
import { createAppServer } from './server'
import { startingService } from './service'

const SHUTDOWN_TIMEOUT_MS = 9_000

const env = readEnv()
const logger = createLogger(env.LOG_LEVEL)
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'))

const connection = await connectConfigured(env, DATA_DIR_TEMPLATE).catch((error: unknown) => {
  // Such as the embedded database's folder in use by another server: one line that says what to do.
  logger.fatal({ err: error }, error instanceof Error ? error.message : String(error))
  process.exit(1)
})
const service = startingService(connection.engine)
const server = createAppServer(service, {
  webDist: env.WEB_DIST,
  logger,
  maxInFlight: env.MAX_IN_FLIGHT,
  extraOrigins: env.CSP_EXTRA_ORIGINS,
  publicUrl: env.PUBLIC_URL,
})

// The server listens before the database is ready, so /healthz can say what it waits for.
server.listen(env.PORT, env.HOST, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.PORT
  const database = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env.DATA_DIR}`
  const interfaces = networkInterfaces()
  const urls = reachableUrls(env.HOST, port, interfaces)
  logger.info(
    { port, urls, publicUrl: env.PUBLIC_URL, database },
    `Partnership Atlas is listening at ${urls.join(' and ')} (database: ${database})`,
  )
  if (env.PUBLIC_URL) logger.info(`Shared links, QR codes and embeds name ${env.PUBLIC_URL} (PUBLIC_URL)`)
  else if (networkUrls(env.HOST, port, interfaces).length === 0) {
    logger.info('Only this computer can open it: HOST=0.0.0.0 serves the local network')
  }
})

const drain = drainable(server, service)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'stopping')
    void drain({
      logger,
      timeoutMs: SHUTDOWN_TIMEOUT_MS,
      close: async () => {
        await service.context?.monitor.close()
        await connection.close()
      },
    }).then((clean) => process.exit(clean ? 0 : 1))
  })
}

if (await prepareWhenReachable(connection, logger, () => service.draining)) {
  service.context = createContext(connection, {
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    onDatabaseStatus: (reachable, error) =>
      reachable
        ? logger.info('the database answers again')
        : logger.error({ err: error }, 'the database does not answer'),
  })
  logger.info('the database is ready: serving')
}
