/**
 * What a run has made and must undo (databases, folders, server processes), undone newest first: each step
 * releases its own as soon as it is done with them, and whatever is left goes at the end, on error or on Ctrl-C.
 * A failing undo is told and spares the rest.
 */
export class Cleanups {
  private readonly pending: { name: string; undo: () => Promise<void> }[] = []

  /** Registers an undo; the function returned runs it now (once) and forgets it. */
  add(name: string, undo: () => Promise<void>): () => Promise<void> {
    const entry = { name, undo }
    this.pending.push(entry)
    return async () => {
      const at = this.pending.indexOf(entry)
      if (at < 0) return
      this.pending.splice(at, 1)
      await entry.undo()
    }
  }

  /** Undoes everything still registered, newest first. */
  async runAll(): Promise<void> {
    while (this.pending.length > 0) {
      const entry = this.pending.pop()
      if (!entry) break
      try {
        await entry.undo()
      } catch (error) {
        console.error(`cleaning up ${entry.name} failed:`, error)
      }
    }
  }
}
