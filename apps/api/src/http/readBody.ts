import type { IncomingMessage } from 'node:http'

/** A body over the limit: the caller answers 413 and closes the connection rather than read the rest. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the request body is over ${limit} bytes`)
    this.name = 'BodyTooLarge'
  }
}

/** The request's body, read up to `limit` bytes and no further. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        req.pause()
        return reject(new BodyTooLarge(limit))
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })
}
