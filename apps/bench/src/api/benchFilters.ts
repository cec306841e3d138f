import type { BenchDataset } from '../generate/dataset'

/** The link list's input as the web app sends it: a partial LinkFilter, or none for every link. */
export type FilterInput = { initiatives?: string[]; yearFrom?: number; yearTo?: number } | undefined

/** A filter the map is timed with, named for the report. */
export interface BenchFilter {
  name: string
  input: FilterInput
}

/**
 * The map's three typical reads: everything; one initiative switched off (every other initiative of the data set
 * listed, as the filter panel sends it); and a range of years.
 */
export function benchFilters(dataset: BenchDataset): BenchFilter[] {
  const [dropped, ...kept] = dataset.initiatives
  return [
    { name: 'whole', input: undefined },
    { name: `without ${dropped?.id ?? 'an initiative'}`, input: { initiatives: kept.map(({ id }) => id) } },
    { name: '2005–2015', input: { yearFrom: 2005, yearTo: 2015 } },
  ]
}
