import { decodeLinkColumnsBinary, LINK_COLUMNS_PATH, type LinkColumns } from '@atlas/schema'

/** The server answered, with an error of its own (as opposed to not answering at all). */
export class AnsweredError extends Error {}

/** Every link, as the columns the server sends in bytes (one request, a few bytes a link once compressed). */
export async function fetchLinkColumns({ signal }: { signal: AbortSignal }): Promise<LinkColumns> {
  const response = await fetch(LINK_COLUMNS_PATH, { signal })
  if (!response.ok) throw new AnsweredError(await errorMessage(response))
  return decodeLinkColumnsBinary(new Uint8Array(await response.arrayBuffer()))
}

/** The server's own words for a failure (`{ error: { message } }`), else its status. */
async function errorMessage(response: Response): Promise<string> {
  const fallback = `${response.status} ${response.statusText}`.trim()
  try {
    const body = (await response.json()) as { error?: { message?: unknown } }
    return typeof body.error?.message === 'string' ? body.error.message : fallback
  } catch {
    return fallback
  }
}
