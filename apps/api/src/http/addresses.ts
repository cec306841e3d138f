import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces } from 'node:os'
import { isLoopbackHost, type SiteAddresses } from '@atlas/schema'
import { networkUrls } from '../reachableUrls'
import { sendJson } from './respond'

/** Long enough that a page's reloads ask once, short enough that a new network is noticed within a minute. */
const MAX_AGE_SECONDS = 60

interface AddressOptions {
  /** PUBLIC_URL, when configured. */
  publicUrl?: string
  /** Where the server listens (`server.address()`). */
  listening: AddressInfo | string | null
}

/**
 * GET /api/addresses: where other people can open the atlas, for the share dialog. It needs no database, so it
 * answers while one starts. The network addresses go only to a request that came through loopback: a browser on
 * this machine is the one whose links need them, and a visitor from the network already knows one.
 */
export function addresses(req: IncomingMessage, res: ServerResponse, options: AddressOptions): void {
  const { publicUrl, listening } = options
  const viaLoopback = isLoopbackHost(req.socket.localAddress ?? '')
  const body: SiteAddresses = {
    publicUrl: publicUrl ?? null,
    networkUrls:
      !publicUrl && viaLoopback && typeof listening === 'object' && listening
        ? networkUrls(listening.address, listening.port, networkInterfaces())
        : [],
  }
  // Private: the answer depends on the connection it came by, so no shared cache may keep it.
  res.setHeader('cache-control', `private, max-age=${MAX_AGE_SECONDS}`)
  sendJson(res, 200, body)
}
