import { isLoopbackHost, type SiteAddresses } from '@atlas/schema'
import { viewUrl } from './embedUrl'

/** Where a shared view is opened: what the link, its QR code, an embed and an image's footer name. */
export interface ShareAddress {
  /** The link to the view on the page, at the address its audience can open. */
  url: string
  /** The atlas's own address, without the view, for an image's footer; null when only this computer opens it. */
  site: string | null
  /**
   * Set when the link opens on this computer only (the page came by localhost and no PUBLIC_URL is set): the same
   * view at each of the server's network addresses, none when it listens on loopback alone.
   */
  localOnly: { networkUrls: string[] } | null
}

/**
 * The address to share a page's view at: PUBLIC_URL when the server has one, otherwise the address the browser
 * used. `addresses` is undefined until the server has said (or when it could not): the page's own address then.
 */
export function shareAddress(pageUrl: string, addresses: SiteAddresses | undefined): ShareAddress {
  const view = viewUrl(pageUrl)
  if (addresses?.publicUrl) {
    return { url: atAddress(view, addresses.publicUrl), site: addresses.publicUrl, localOnly: null }
  }
  const page = new URL(view)
  if (!isLoopbackHost(page.hostname)) {
    return { url: view, site: `${page.origin}${page.pathname}`, localOnly: null }
  }
  const networkUrls = (addresses?.networkUrls ?? []).map((address) => atAddress(view, address))
  return { url: view, site: null, localOnly: { networkUrls } }
}

/** The view of `url` at another address: that address's origin and path, with the view's parameters. */
function atAddress(url: string, address: string): string {
  const moved = new URL(address)
  moved.search = new URL(url).search
  moved.hash = ''
  return moved.href
}
