import { decodeLinkColumnsBinary, LINK_COLUMNS_PATH } from '@atlas/schema'
import type { FilterInput } from './benchFilters'

/** The api's query of the links that the map's filters mirror: the compact columns, filtered as asked. */
export const MAP_QUERY = 'link.columns'

/** The path of a tRPC read with its input, as the web client writes it. */
export function trpcPath(procedure: string, input: FilterInput): string {
  return input === undefined
    ? `/trpc/${procedure}`
    : `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
}

/** A way the server sends every link, and how many links its uncompressed answer holds. */
export interface LinkAnswer {
  name: string
  path: string
  /** What the uncompressed body is, for the figures' labels. */
  raw: string
  links(body: Buffer): number
}

/** The map's data path (the links in bytes) first, then the api's two lists of links as JSON. */
export const LINK_ANSWERS: readonly LinkAnswer[] = [
  {
    name: LINK_COLUMNS_PATH,
    path: LINK_COLUMNS_PATH,
    raw: 'raw bytes',
    links: (body) => decodeLinkColumnsBinary(body).ids.length,
  },
  { name: 'link.columns', path: trpcPath('link.columns', undefined), raw: 'raw JSON', links: idsInAnswer },
  { name: 'link.list', path: trpcPath('link.list', undefined), raw: 'raw JSON', links: idsInAnswer },
]

/** How many links a tRPC answer holds: the list's length, or the columns' ids'. */
export function idsInAnswer(body: Buffer): number {
  const data: unknown = (JSON.parse(body.toString('utf8')) as { result?: { data?: unknown } }).result?.data
  const links = Array.isArray(data) ? data : (data as { ids?: unknown } | undefined)?.ids
  if (!Array.isArray(links)) throw new Error(`the api answered no list of links: ${body.subarray(0, 200)}`)
  return links.length
}
