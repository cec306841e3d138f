import type { DatabaseMonitor } from '@atlas/db'

/**
 * Answers kept while the data they were read from is unchanged: the database announces every write (the monitor's
 * generation moves), so an answer is served from memory until then. Identical reads that arrive together share one
 * load. Without change notices (the monitor lost its session) nothing is kept.
 */
export class ReadCache<T> {
  private readonly entries = new Map<string, { generation: number; value: Promise<T> }>()

  constructor(
    private readonly monitor: Pick<DatabaseMonitor, 'generation' | 'listening'>,
    /** Whether an answer is worth keeping (a failure or a refusal is not). */
    private readonly keep: (value: T) => boolean = () => true,
    private readonly maxEntries = 500,
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
    const value = load()
    this.entries.set(key, { generation, value })
    const forget = () => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key)
    }
    value.then((settled) => this.keep(settled) || forget(), forget)
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break
      this.entries.delete(oldest)
    }
    return value
  }
}
