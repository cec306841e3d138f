import type { FilterInput } from './benchFilters'
import { httpGet } from './httpGet'

/** The map's data query: the compact columns where the server has them, else the list of link objects. */
export type LinkProcedure = 'link.columns' | 'link.list'

/** The path of a tRPC read with its input, as the web client writes it. */
export function trpcPath(procedure: string, input: FilterInput): string {
  return input === undefined
    ? `/trpc/${procedure}`
    : `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
}

/** Whether the server offers link.columns (being written beside this bench); link.list stands in until it does. */
export async function mapProcedure(base: string, signal: AbortSignal): Promise<LinkProcedure> {
  const answer = await httpGet(`${base}${trpcPath('link.columns', undefined)}`, {}, signal)
  return answer.status === 200 ? 'link.columns' : 'link.list'
}

/** How many links an uncompressed answer of either procedure holds. */
export function linksInAnswer(procedure: LinkProcedure, body: Buffer): number {
  const data: unknown = (JSON.parse(body.toString('utf8')) as { result?: { data?: unknown } }).result?.data
  const links = procedure === 'link.list' ? data : (data as { ids?: unknown } | undefined)?.ids
  if (!Array.isArray(links))
    throw new Error(`${procedure} answered no list of links: ${body.subarray(0, 200)}`)
  return links.length
}
