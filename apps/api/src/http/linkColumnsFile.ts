import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Context } from '@atlas/api'
import { sessionTokenOf, withDeadline } from '@atlas/api'
import { listLinks } from '@atlas/db'
import {
  encodeLinkColumns,
  encodeLinkColumnsBinary,
  LINK_COLUMNS_BINARY_TYPE,
  LINK_COLUMNS_PATH,
  NO_FILTER,
} from '@atlas/schema'
import { type Answer, answerOf, keptAnswers, sendAnswer } from './keptAnswer'
import { sendError } from './respond'

/**
 * GET /api/link-columns: every link as link columns in bytes (encodeLinkColumnsBinary), the map's data path, three
 * quarters of `link.columns`' JSON once compressed. Kept until the data changes, with an ETag, compressed once, like the
 * api's reads; a signed-in editor's read skips what is kept, so a save shows at once (the change notice may come
 * after the editor's next read).
 */
export function linkColumnsFile() {
  const answersFor = keptAnswers()
  const read = async (context: Context): Promise<Answer> => {
    const links = await withDeadline(listLinks(context.db, NO_FILTER), context.requestTimeoutMs)
    const bytes = encodeLinkColumnsBinary(encodeLinkColumns(links))
    return answerOf(200, { 'content-type': LINK_COLUMNS_BINARY_TYPE }, Buffer.from(bytes))
  }
  return async (context: Context, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (url.search) {
      return sendError(
        res,
        400,
        `${LINK_COLUMNS_PATH} takes no query: it holds every link (link.columns filters)`,
      )
    }
    const shared = !sessionTokenOf(req.headers.cookie)
    const answer = shared
      ? await answersFor(context.monitor).read(url.pathname, () => read(context))
      : await read(context)
    await sendAnswer(req, res, answer, shared ? 'no-cache' : 'private, no-cache')
  }
}
