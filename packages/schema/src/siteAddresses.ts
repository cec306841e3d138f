import { z } from 'zod'
import { httpUrlSchema } from './text'

/**
 * Where other people can open the atlas (GET /api/addresses), so that a share link, its QR code, an embed and an
 * image's footer name an address the audience reaches rather than the presenter's localhost.
 */
export const siteAddressesSchema = z.object({
  /** PUBLIC_URL: the address the audience opens (a domain, a proxy's), or null when none is configured. */
  publicUrl: httpUrlSchema.nullable(),
  /**
   * The server's addresses on the local network. Only a browser that came through loopback is told them, since only
   * its links need them, and only when no PUBLIC_URL is set; empty when the server listens on loopback alone.
   */
  networkUrls: z.array(httpUrlSchema),
})

export type SiteAddresses = z.infer<typeof siteAddressesSchema>

/**
 * Whether a host reaches this machine only: `localhost` (and `*.localhost`), 127.0.0.0/8 or ::1, as a URL's
 * hostname writes them (`[::1]`) or a socket's address does (`::ffff:127.0.0.1`).
 */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '::1' ||
    /^(::ffff:)?127(\.\d{1,3}){3}$/.test(name)
  )
}
