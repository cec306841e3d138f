import type { IncomingMessage } from 'node:http'

/** The header the web app sets on every mutation: a cross-site form or a simple cross-origin fetch cannot. */
export const CLIENT_HEADER = 'x-atlas-client'

/**
 * Why a mutation is refused as possibly cross-site, or undefined: it must be a POST carrying the web app's header
 * (and JSON where `expect.json`; an uploaded file has its own type), and where the browser names its origin, that origin must be this server's (or PUBLIC_URL's). Sign-in is a
 * mutation too, so a foreign page cannot sign a visitor into someone else's account either.
 */
export function crossSiteRefusal(
  req: IncomingMessage,
  publicUrl: string | undefined,
  expect: { json: boolean },
): { status: number; message: string } | undefined {
  const type = String(req.headers['content-type'] ?? '')
  if (expect.json && !/^application\/json\b/i.test(type)) {
    return { status: 415, message: 'a change must be sent as application/json' }
  }
  if (req.headers[CLIENT_HEADER] !== 'web') {
    return {
      status: 403,
      message: `a change must carry the ${CLIENT_HEADER} header; requests from other sites are refused`,
    }
  }
  const origin = req.headers.origin
  if (origin === undefined) return undefined
  const own = [`http://${req.headers.host}`, `https://${req.headers.host}`]
  if (publicUrl) own.push(new URL(publicUrl).origin)
  if (!own.includes(origin)) {
    return {
      status: 403,
      message: `a change from ${origin} is refused: only this site's own pages may make changes`,
    }
  }
  return undefined
}
