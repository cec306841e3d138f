import type { ServerResponse } from 'node:http'

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
  })
  res.end(payload)
}

export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: { status, message } })
}
