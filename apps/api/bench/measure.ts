import autocannon from 'autocannon'

/** What one endpoint did under load. */
export interface Measurement {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Connection errors and timeouts. */
  errors: number
  non2xx: number
  /** Headers and body, as read off the socket. */
  bytesPerResponse: number
}

export interface LoadOptions {
  connections: number
  warmUpSeconds: number
  seconds: number
}

/**
 * Loads `url` for a warm-up whose numbers are thrown away, then for the measured run. Aborting stops the load at
 * once and rejects: the run should not keep hammering a server that is being shut down.
 */
export async function measure(url: string, options: LoadOptions, signal: AbortSignal): Promise<Measurement> {
  await load(url, options.connections, options.warmUpSeconds, signal)
  const result = await load(url, options.connections, options.seconds, signal)
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  }
}

function load(
  url: string,
  connections: number,
  seconds: number,
  signal: AbortSignal,
): Promise<autocannon.Result> {
  signal.throwIfAborted()
  return new Promise((resolve, reject) => {
    // One worker thread makes the load, so the raw baseline server, which lives on this process's main thread,
    // gets a thread of its own just as the api server (a separate process) does.
    const instance = autocannon({ url, connections, duration: seconds, workers: 1 }, (error, result) => {
      signal.removeEventListener('abort', stop)
      if (error) reject(error)
      else resolve(result)
    })
    // Stopped workers never report, so the abort itself settles the promise.
    const stop = () => {
      instance.stop()
      reject(signal.reason)
    }
    signal.addEventListener('abort', stop, { once: true })
  })
}
