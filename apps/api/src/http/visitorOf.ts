import type { IncomingMessage } from 'node:http'
import { sessionTokenOf, type Visitor } from '@atlas/api'

/** Who sent a request, for the api's procedures and routes: the session cookie's token and the address. */
export function visitorOf(req: IncomingMessage, secureCookies: boolean, cookies: string[]): Visitor {
  return {
    sessionToken: sessionTokenOf(req.headers.cookie),
    ip: req.socket.remoteAddress ?? 'unknown',
    secure: secureCookies || req.headers['x-forwarded-proto'] === 'https',
    setCookie: (cookie) => cookies.push(cookie),
  }
}
