import { Agent, request } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'

/** What became of one request, with its times in Date.now() milliseconds. */
export interface Outcome {
  path: string
  sentAt: number
  /** When its answer ended, or when it failed. */
  at: number
  /** The answer's status; 0 when no complete answer came. */
  status: number
  /** Why no complete answer came: the socket error's code (ECONNRESET, ECONNREFUSED, EPIPE…), ABORTED or TIMEOUT. */
  error?: string
  /** Whether it went on a kept-alive connection that had carried a request before, rather than a new one. */
  reusedSocket: boolean
}

export interface LoadSummary {
  clients: number
  durationMs: number
  answers: number
  byStatus: Record<number, number>
  /** Requests that got no complete answer, by why. */
  errors: Record<string, number>
  /** Requests sent that got no complete answer (reset, hang-up, body cut short, timeout): a server must drop none. */
  dropped: number
  /** New connections refused: nothing was sent, which is what a client of a server that has closed its port sees. */
  refused: number
  /** 503 and 429 answers without a Retry-After header. */
  missingRetryAfter: number
}

export interface Load {
  /** Every outcome so far, in the order they ended. */
  readonly timeline: readonly Outcome[]
  /** The first answer with this status to a request for `path` sent at or after `after`. */
  firstAnswer(path: string, status: number, after: number): Outcome | undefined
  /** The time after which every outcome was a 200: when the last one that was not ended, or the load's start. */
  allOkSince(): number
  /** Lets the requests in flight end (each bounded by the request timeout) and sums up; again, the same sum. */
  stop(): Promise<LoadSummary>
}

export interface LoadOptions {
  /** http://host:port of the server. */
  base: string
  /** Paths with their query; each client goes through them in turn, each starting at a different one. */
  paths: readonly string[]
  clients?: number
  /** A request that has no complete answer by then is abandoned and counted as TIMEOUT. */
  requestTimeoutMs?: number
}

// A client whose request failed at once (a refused connection) waits this long, so a server that is down does not
// turn the generator into a busy loop that starves the machine.
const PAUSE_AFTER_FAILURE_MS = 20

/**
 * `clients` concurrent clients, each on a kept-alive connection, sending GET requests in a loop until stopped. It uses
 * node:http rather than fetch, which silently retries a request whose connection was reset and would hide a drop.
 */
export function startLoad(options: LoadOptions): Load {
  const clients = options.clients ?? 50
  const timeoutMs = options.requestTimeoutMs ?? 10_000
  const { hostname, port } = new URL(options.base)
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  const timeline: Outcome[] = []
  let missingRetryAfter = 0
  const startedAt = Date.now()
  let stopped = false
  let summary: Promise<LoadSummary> | undefined

  const send = (path: string) =>
    new Promise<Outcome>((resolve) => {
      const sentAt = Date.now()
      let settled = false
      const req = request({ host: hostname, port, path, agent, method: 'GET' })
      const timer = setTimeout(
        () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })),
        timeoutMs,
      )
      const end = (status: number, error?: string) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        resolve({
          path,
          sentAt,
          at: Date.now(),
          status,
          reusedSocket: req.reusedSocket,
          ...(error && { error }),
        })
      }
      req.on('response', (res) => {
        const status = res.statusCode ?? 0
        if ((status === 503 || status === 429) && res.headers['retry-after'] === undefined) {
          missingRetryAfter += 1
        }
        res.on('end', () => end(status))
        res.on('error', (error) => end(0, errorCode(error)))
        res.on('close', () => {
          if (!res.complete) end(0, 'ABORTED')
        })
        res.resume()
      })
      req.on('error', (error) => end(0, errorCode(error)))
      req.end()
    })

  const client = async (first: number) => {
    for (let i = first; !stopped; i += 1) {
      const outcome = await send(options.paths[i % options.paths.length] as string)
      timeline.push(outcome)
      if (outcome.error) await sleep(PAUSE_AFTER_FAILURE_MS)
    }
  }
  const running = Array.from({ length: clients }, (_, index) => client(index))

  return {
    timeline,
    firstAnswer: (path, status, after) =>
      timeline.find((o) => o.path === path && o.status === status && o.sentAt >= after),
    allOkSince: () => timeline.findLast((o) => o.status !== 200)?.at ?? startedAt,
    stop() {
      summary ??= sumUp()
      return summary
    },
  }

  async function sumUp(): Promise<LoadSummary> {
    stopped = true
    await Promise.all(running)
    agent.destroy()
    const { byStatus, errors } = tally(timeline)
    const refused = errors.ECONNREFUSED ?? 0
    const failed = Object.values(errors).reduce((sum, n) => sum + n, 0)
    return {
      clients,
      durationMs: Date.now() - startedAt,
      answers: timeline.length - failed,
      byStatus,
      errors,
      dropped: failed - refused,
      refused,
      missingRetryAfter,
    }
  }
}

/** Outcomes counted by status, and those without an answer by why. */
export function tally(outcomes: readonly Outcome[]): Pick<LoadSummary, 'byStatus' | 'errors'> {
  const byStatus: Record<number, number> = {}
  const errors: Record<string, number> = {}
  for (const { status, error } of outcomes) {
    if (error) errors[error] = (errors[error] ?? 0) + 1
    else byStatus[status] = (byStatus[status] ?? 0) + 1
  }
  return { byStatus, errors }
}

/** One printable line: e.g. `50 clients, 6.2 s, 14210 answers (2292/s): 200 ×13000, 503 ×1210; dropped 0, …`. */
export function describeLoad(summary: LoadSummary): string {
  const seconds = summary.durationMs / 1000
  const statuses = Object.entries(summary.byStatus).map(([status, n]) => `${status} ×${n}`)
  const errors = Object.entries(summary.errors).map(([code, n]) => `${code} ×${n}`)
  return (
    `${summary.clients} clients, ${seconds.toFixed(1)} s, ${summary.answers} answers ` +
    `(${Math.round(summary.answers / seconds)}/s): ${statuses.join(', ') || 'none'}; ` +
    `dropped ${summary.dropped}, refused ${summary.refused}${errors.length ? ` (${errors.join(', ')})` : ''}; ` +
    `503/429 without Retry-After: ${summary.missingRetryAfter}`
  )
}

const errorCode = (error: Error) => (error as NodeJS.ErrnoException).code ?? error.message
