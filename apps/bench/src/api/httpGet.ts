import { Agent, get } from 'node:http'

/** One answer, its body as it came off the wire (still compressed if the server compressed it). */
export interface HttpAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
  /** From sending the request to the body's last byte. */
  ms: number
}

// Kept-alive connections, as a browser keeps them: a timing then holds no TCP handshake.
const agent = new Agent({ keepAlive: true, maxSockets: 1 })

/**
 * GETs a URL with node:http rather than fetch, which would ask for compression and undo it unseen: here the
 * caller says what it accepts and reads the bytes as sent.
 */
export function httpGet(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<HttpAnswer> {
  signal.throwIfAborted()
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const request = get(url, { agent, headers, signal }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      )
    })
    request.on('error', reject)
  })
}

/** Closes the kept-alive connections, so a stopped server is not held open by the bench. */
export function closeConnections(): void {
  agent.destroy()
}
