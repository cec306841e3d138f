export interface InstitutionRow {
  id: string
  name: string
  nativeName: string
  kind: string
  city: string
  country: string
  links: number
}

export type SortColumn = Exclude<keyof InstitutionRow, 'id'>
export type SortDirection = 'ascending' | 'descending'

/** The table's rows in the order of one column, words by the locale's collation, ties by name. */
export function sortRows(
  rows: readonly InstitutionRow[],
  column: SortColumn,
  direction: SortDirection,
  collator: Intl.Collator,
): InstitutionRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = a[column]
    const y = b[column]
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return sign * order || collator.compare(a.name, b.name)
  })
}
