import type { ImportIssue } from '@atlas/schema'

/** A line of the file and what is wrong with it, in the order the report gave. */
export interface LineIssues {
  line: number
  problems: Omit<ImportIssue, 'line'>[]
}

/**
 * A report's problems gathered by line, lines in the file's order: the person fixing the file goes down it once,
 * one row at a time, whatever order the checks found the problems in.
 */
export function issuesByLine(issues: readonly ImportIssue[]): LineIssues[] {
  const byLine = new Map<number, LineIssues>()
  for (const { line, column, message } of issues) {
    const entry = byLine.get(line) ?? { line, problems: [] }
    entry.problems.push({ column, message })
    byLine.set(line, entry)
  }
  return [...byLine.values()].sort((a, b) => a.line - b.line)
}
