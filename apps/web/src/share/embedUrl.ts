import { setSearchParams } from '../state/searchParams'
import { TOUR_PARAMS } from '../state/urlState'
import { type Bounds, formatBounds, parseBounds } from './viewBounds'

/**
 * An embedded atlas is the page's own URL with:
 *
 *   &embed=1          the map alone, without panels, with a link to open the full atlas
 *   &static=1         no panning, zooming or selecting (absent: interactive)
 *   &title=…          a title shown over the map (absent: none)
 *   &bounds=w,s,e,n   what the map shows, fitted to the frame's size whatever its shape; it replaces the view's
 *                     centre and zoom (`v`), which show a different area in a frame of another shape
 */
export interface EmbedOptions {
  interactive: boolean
  title: string
  /** What the view shows, when it is north up and flat; null keeps the view's centre and zoom. */
  bounds?: Bounds | null
}

export interface EmbedParams {
  embed: boolean
  interactive: boolean
  title: string | null
  bounds: Bounds | null
}

/** The parameters this file owns, which the atlas view's URL state must leave alone. */
export const EMBED_PARAMS = ['embed', 'static', 'title', 'bounds'] as const

const MAX_TITLE = 200

/** The URL to embed for a page URL: the same view, without a tour being presented. */
export function embedUrl(pageUrl: string, options: EmbedOptions): string {
  const title = cleanTitle(options.title)
  return withParams(pageUrl, {
    ...removing(TOUR_PARAMS),
    embed: '1',
    static: options.interactive ? null : '1',
    title: title || null,
    ...(options.bounds ? { bounds: formatBounds(options.bounds), v: null } : { bounds: null }),
  })
}

/** The link to share of a page URL: the view it shows, without a tour being presented. */
export function viewUrl(pageUrl: string): string {
  return withParams(pageUrl, removing(TOUR_PARAMS))
}

/** An embedded page's view in the full atlas: its URL without the embed's parameters. */
export function fullAtlasUrl(pageUrl: string): string {
  return withParams(pageUrl, removing(EMBED_PARAMS))
}

/** The HTML to paste into a page. `frameTitle` names the frame for screen readers when no title is set. */
export function iframeSnippet(
  src: string,
  {
    title,
    frameTitle,
    width = 800,
    height = 500,
  }: { title: string; frameTitle: string; width?: number; height?: number },
): string {
  const name = cleanTitle(title) || frameTitle
  return `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" style="border:0" title="${escapeHtml(name)}" loading="lazy"></iframe>`
}

/** How the page was asked to show itself. Never throws. */
export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search)
  const title = cleanTitle(params.get('title') ?? '')
  return {
    embed: isOn(params.get('embed')),
    interactive: !isOn(params.get('static')),
    title: title || null,
    bounds: parseBounds(params.get('bounds')),
  }
}

/** Text made safe inside HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function withParams(pageUrl: string, changes: Readonly<Record<string, string | null>>): string {
  const url = new URL(pageUrl)
  url.search = setSearchParams(url.search, changes)
  url.hash = ''
  return url.href
}

function removing(names: readonly string[]): Record<string, null> {
  return Object.fromEntries(names.map((name) => [name, null]))
}

function isOn(value: string | null): boolean {
  return value !== null && ['', '1', 'true', 'yes'].includes(value.trim().toLowerCase())
}

/** One line of at most MAX_TITLE characters, without control characters. */
function cleanTitle(title: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
  return [...title.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()].slice(0, MAX_TITLE).join('').trim()
}
