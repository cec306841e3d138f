import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib'
import type { DatabaseMonitor } from '@atlas/db'
import { negotiate } from '@fastify/accept-negotiator'
import { ReadCache } from '../readCache'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)
/** The answers kept in memory weigh at most this together (their compressed copies aside). */
const MAX_KEPT_BYTES = 256 * 1024 * 1024
/** Answers smaller than this go out as they are: compressing them saves less than it costs. */
const COMPRESS_FROM_BYTES = 1_024

/** Brotli first: a third smaller than gzip on the api's JSON, at a quality fast enough for each new answer. */
const CODINGS = ['br', 'gzip'] as const
type Coding = (typeof CODINGS)[number]

/** An answer, whole: kept as bytes so a repeat costs a lookup and a write, not a query and a serialisation. */
export interface Answer {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  etag: string
  /** Its compressed copies, made once on first demand (a kept answer is compressed once, not per request). */
  compressed: Partial<Record<Coding, Promise<Buffer>>>
}

export function answerOf(status: number, headers: Answer['headers'], body: Buffer): Answer {
  return {
    status,
    headers,
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    compressed: {},
  }
}

/**
 * Answers kept, by key, until the data changes (see ReadCache), one store per database monitor (a server's
 * database may be replaced while it runs, in tests). Only successes are kept.
 */
export function keptAnswers(): (monitor: DatabaseMonitor) => ReadCache<Answer> {
  let kept: { monitor: DatabaseMonitor; answers: ReadCache<Answer> } | undefined
  return (monitor) => {
    if (kept?.monitor !== monitor) {
      kept = {
        monitor,
        answers: new ReadCache(monitor, {
          keep: (answer) => answer.status === 200,
          weigh: (answer) => answer.body.length,
          maxWeight: MAX_KEPT_BYTES,
        }),
      }
    }
    return kept.answers
  }
}

function compressedAs(answer: Answer, coding: Coding): Promise<Buffer> {
  answer.compressed[coding] ??=
    coding === 'br'
      ? brotliAsync(answer.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })
      : gzipAsync(answer.body)
  return answer.compressed[coding]
}

/**
 * Sends an answer with its ETag (a repeat that names it costs a 304) and `cache-control`, compressed as the client
 * takes it (brotli, else gzip) when it is worth compressing.
 */
export async function sendAnswer(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Answer,
  cacheControl: string,
): Promise<void> {
  const headers = {
    ...answer.headers,
    etag: answer.etag,
    'cache-control': cacheControl,
    vary: 'accept-encoding, cookie',
  }
  if (answer.status === 200 && req.headers['if-none-match'] === answer.etag) {
    res.writeHead(304, headers)
    return void res.end()
  }
  const coding =
    answer.body.length >= COMPRESS_FROM_BYTES
      ? negotiate(String(req.headers['accept-encoding'] ?? ''), [...CODINGS])
      : null
  const compressed = coding === 'br' || coding === 'gzip'
  const body = compressed ? await compressedAs(answer, coding) : answer.body
  res.writeHead(answer.status, {
    ...headers,
    ...(compressed && { 'content-encoding': coding }),
    'content-length': body.length,
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}
