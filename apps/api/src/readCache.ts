import type { DatabaseMonitor } from '@atlas/db'

interface Entry<T> {
  generation: number
  value: Promise<T>
  /** What the answer weighs once it has arrived (0 while it is on its way). */
  weight: number
}

/**
 * Answers kept while the data they were read from is unchanged: the database announces every write (the monitor's
 * generation moves), so an answer is served from memory until then. Identical reads that arrive together share one
 * load. Without change notices (the monitor lost its session) nothing is kept. The least recently used answers go
 * first once there are more than `maxEntries` or they weigh more than `maxWeight` together.
 */
export class ReadCache<T> {
  private readonly entries = new Map<string, Entry<T>>()
  private weight = 0

  constructor(
    private readonly monitor: Pick<DatabaseMonitor, 'generation' | 'listening'>,
    private readonly options: {
      /** Whether an answer is worth keeping (a failure or a refusal is not). */
      keep?: (value: T) => boolean
      /** What an answer weighs, e.g. its bytes. */
      weigh?: (value: T) => number
      maxEntries?: number
      maxWeight?: number
    } = {},
  ) {}

  read(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.monitor.listening) return load()
    const generation = this.monitor.generation
    const cached = this.entries.get(key)
    if (cached && cached.generation === generation) {
      // Least recently used goes first: a hit moves to the end of the map's order.
      this.entries.delete(key)
      this.entries.set(key, cached)
      return cached.value
    }
    if (cached) this.forget(key)
    const entry: Entry<T> = { generation, value: load(), weight: 0 }
    this.entries.set(key, entry)
    entry.value.then(
      (settled) => {
        if (this.entries.get(key) !== entry) return
        if (!(this.options.keep?.(settled) ?? true)) return this.forget(key)
        entry.weight = this.options.weigh?.(settled) ?? 0
        this.weight += entry.weight
        this.trim()
      },
      () => {
        if (this.entries.get(key) === entry) this.forget(key)
      },
    )
    this.trim()
    return entry.value
  }

  private forget(key: string) {
    this.weight -= this.entries.get(key)?.weight ?? 0
    this.entries.delete(key)
  }

  private trim() {
    const maxEntries = this.options.maxEntries ?? 500
    const maxWeight = this.options.maxWeight ?? Number.POSITIVE_INFINITY
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= maxEntries && this.weight <= maxWeight) break
      this.forget(oldest)
    }
  }
}
