/** One field a change touched, its values written as a person reads them. */
export interface FieldChange {
  field: string
  before: string
  after: string
}

/** How long a value is written before it is cut, so that a source's whole text does not fill the history. */
const SHOWN_LENGTH = 160

/**
 * The top-level fields that differ between two versions of a record (either may be null: a creation, a
 * deletion), in the order the record lists them. Absent, null and an empty list all mean "nothing stated", so a
 * new record's empty lists are not listed as changes; each reads as "" for the caller to mark.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const old = asRecord(before)
  const next = asRecord(after)
  const fields = [...new Set([...Object.keys(next), ...Object.keys(old)])]
  return fields
    .filter((field) => JSON.stringify(stated(old[field])) !== JSON.stringify(stated(next[field])))
    .map((field) => ({ field, before: showValue(old[field]), after: showValue(next[field]) }))
}

function stated(value: unknown): unknown {
  return value === undefined || (Array.isArray(value) && value.length === 0) ? null : value
}

function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** A value in a line: text as it is, a list of words joined by commas, anything else as compact JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? value.join(', ')
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : JSON.stringify(value)
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text
}
