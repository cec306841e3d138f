import type { ImportIssue } from '@atlas/schema'

/**
 * The problems of one import: every one is counted, the first `limit` kept, so a file wrong on every line still
 * gives a report of bounded size.
 */
export class IssueLog {
  private readonly kept: ImportIssue[] = []
  count = 0

  constructor(private readonly limit: number) {}

  add(line: number, column: string | null, message: string): void {
    this.count += 1
    if (this.kept.length < this.limit) this.kept.push({ line, column, message })
  }

  /** The kept problems in the order of the file (checks that need the whole file report after the last row). */
  list(): ImportIssue[] {
    return [...this.kept].sort((a, b) => a.line - b.line)
  }
}
