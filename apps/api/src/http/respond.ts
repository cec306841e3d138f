import type { ServerResponse } from 'node:http'

/** Seconds a client should wait before it tries again after a 503 or a 429. */
export const RETRY_AFTER_SECONDS = 1

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
): void {
  const payload = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': `${contentType}; charset=utf-8`,
    'content-length': Buffer.byteLength(payload),
    ...(status === 503 || status === 429 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {}),
  })
  res.end(res.req.method === 'HEAD' ? undefined : payload)
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: { status, message } })
}
