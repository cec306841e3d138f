import type { IssueLog } from './issueLog'
import type { InstitutionIndex } from './knownRecords'

/**
 * The id of the institution a cell names, by its id or its exact name (or native name), or undefined once the
 * problem is reported: no such institution, or a name that several institutions bear.
 */
export function resolveInstitution(
  index: InstitutionIndex,
  issues: IssueLog,
  value: string,
  line: number,
  column: string,
): string | undefined {
  if (index.ids.has(value)) return value
  const ids = index.byName.get(value) ?? []
  if (ids.length === 1) return ids[0]
  issues.add(
    line,
    column,
    ids.length === 0
      ? `there is no institution with the id or name "${value}" in the atlas`
      : `${ids.length} institutions are named "${value}" (${ids.join(', ')}); write the id of the one you mean`,
  )
  return undefined
}
