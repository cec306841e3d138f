import { areaOf } from './routes'

export interface SecurityHeaderOptions {
  /**
   * Origins besides this one that the page may contact: the hosts of an online basemap (its style, tiles, sprites
   * and glyphs; VITE_BASEMAP_STYLE_URL in the web app), e.g. `https://tiles.openfreemap.org`. MapLibre fetches all
   * of them with fetch() (images too, decoded from the bytes), so they are added to connect-src only. A URL's path
   * is dropped: the origin is what is allowed. `https://*.example.org` allows every subdomain. Only http(s) and
   * ws(s) are taken; anything else throws, so validate the configuration once at startup (env.ts).
   */
  extraOrigins?: readonly string[]
}

const PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:'])
/** CSP's host-source with a scheme: letters, digits and hyphens between dots, an optional `*.` and port. */
const HOST_SOURCE = /^[a-z]+:\/\/(?:\*\.)?(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d+)?$/

/**
 * The headers every response gets, the api's included: no content sniffing, no full URL to other sites, and a
 * Content-Security-Policy under which only the app's own files run. Only the embed view (`?embed=1`, the map
 * alone; share/embedUrl.ts in the web app) may be framed, by any site; every other page refuses to be framed,
 * so that a site cannot lay the full atlas under its own buttons.
 */
export function securityHeaders(url: URL, options: SecurityHeaderOptions = {}): Record<string, string> {
  const frameable = isEmbedView(url)
  return {
    'x-content-type-options': 'nosniff',
    // A URL carries the whole view (selection, filters, an embed's title): other sites learn only which atlas a
    // visitor came from. Not no-referrer: under it browsers send `Origin: null` on the app's own POSTs, so the
    // api could no longer tell its own mutations from cross-site ones by their Origin.
    'referrer-policy': 'strict-origin-when-cross-origin',
    'content-security-policy': contentSecurityPolicy(frameable, options.extraOrigins ?? []),
    // For browsers that predate frame-ancestors; it has no value meaning "anyone", so the embed view sends none.
    ...(frameable ? {} : { 'x-frame-options': 'DENY' }),
  }
}

/**
 * The page of the embed view: the web app's HTML asked for with `embed=1`, exactly what embedUrl() writes. The app
 * also takes `embed=true` and `embed=yes` as an embed; those pages stay unframeable, which is the safe side.
 */
function isEmbedView(url: URL): boolean {
  return areaOf(url.pathname) === 'web' && url.searchParams.get('embed') === '1'
}

function contentSecurityPolicy(frameable: boolean, extraOrigins: readonly string[]): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Vite's build has no inline script: index.html loads one module from /assets, which imports the rest.
    'script-src': ["'self'"],
    // MapLibre starts `new Worker('/assets/maplibre-gl-worker-….mjs', { type: 'module' })` from its own origin; it
    // would wrap the file in a blob: (or data:) URL only if the worker came from another origin, which it never does.
    'worker-src': ["'self'"],
    // Stylesheets are files; React and MapLibre set styles through the DOM (element.style), which CSP allows.
    'style-src': ["'self'"],
    // data: for the SVG icons in MapLibre's stylesheet; blob: (and a data: blank after it) for images MapLibre
    // decodes through an <img> where createImageBitmap is missing, such as an online basemap's sprites. The PNG
    // export and the QR code need none: a canvas downloaded through a blob: link, and inline SVG.
    'img-src': ["'self'", 'data:', 'blob:'],
    // The Noto Sans files of the app's stylesheet; the map's fonts are fetched (connect-src) and added as FontFace.
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...extraOrigins.map(originOf)],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': frameable ? ['*'] : ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** A URL's origin as a CSP host-source; throws unless it is one, so that nothing else reaches the header. */
function originOf(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new TypeError(`extra origin is not a URL: ${JSON.stringify(value)}`)
  }
  if (!PROTOCOLS.has(url.protocol)) {
    throw new TypeError(`extra origin must be http(s) or ws(s): ${JSON.stringify(value)}`)
  }
  // The URL parser lets through characters such as `;` and `,` in a host, which would start another directive.
  if (!HOST_SOURCE.test(url.origin)) {
    throw new TypeError(`extra origin has a host a policy cannot name: ${JSON.stringify(value)}`)
  }
  return url.origin
}
