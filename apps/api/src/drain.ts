import type { Server } from 'node:http'
import { Server as NetServer, type Socket } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from './log'
import type { Service } from './service'

/** How long connections that were open at the signal get to send one more request (and be told 503 and close). */
const LINGER_MS = 1_000

/**
 * Lets a server stop without dropping a request. Connections are tracked from the start, so a drain knows which
 * ones a client may still be about to use.
 */
export function drainable(server: Server, service: Service) {
  const connections = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    connections.add(socket)
    socket.once('close', () => connections.delete(socket))
  })

  /**
   * From now on the port is closed to new connections, every answer closes its connection and requests on kept-alive
   * connections get 503; the requests in flight finish; the connections open at the signal get a moment to bring
   * their next request (a client may have sent it already); whatever is left then closes, and `close` releases the
   * rest. Whatever is still open after `timeoutMs` is cut. Resolves true when nothing was cut.
   */
  return async function drain(options: {
    logger: Logger
    timeoutMs: number
    close: () => Promise<void>
  }): Promise<boolean> {
    const started = Date.now()
    const left = () => Math.max(options.timeoutMs - (Date.now() - started), 0)
    service.draining = true
    for (const res of service.inFlight) if (!res.headersSent) res.setHeader('connection', 'close')
    // net's close stops listening and leaves the open connections be; http's close would also cut the idle
    // kept-alive ones at once, and a client that has just sent its next request on one would see a reset.
    const closed = new Promise<void>((resolve) => Reflect.apply(NetServer.prototype.close, server, [resolve]))
    options.logger.info(
      { inFlight: service.inFlight.size },
      'shutting down: finishing the requests in flight',
    )
    while (service.inFlight.size > 0 && left() > 0) await sleep(20)
    const lingerUntil = Date.now() + Math.min(LINGER_MS, left())
    while (connections.size > 0 && Date.now() < lingerUntil) await sleep(20)
    server.closeIdleConnections()
    const clean = await Promise.race([closed.then(() => true), sleep(left()).then(() => false)])
    if (!clean) {
      options.logger.warn({ inFlight: service.inFlight.size }, 'shutting down: cutting what is still open')
      server.closeAllConnections()
    }
    await options.close()
    return clean
  }
}
