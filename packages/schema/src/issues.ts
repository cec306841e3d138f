import type { z } from 'zod'

/** Zod issues as one readable sentence per field: `countries[0]: must be an ISO 3166-1 alpha-2 …`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path) || 'input'}: ${issue.message}`).join('; ')
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  )
}
